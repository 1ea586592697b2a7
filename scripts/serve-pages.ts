/**
 * Serves a built site as GitHub Pages would publish it under a base path, for the base-path e2e
 * (playwright.base.config.ts) and for an instructor's last look before deploying:
 *
 *   RUNFIRST_BASE=/our-course/ RUNFIRST_OUT_DIR=dist-base npm run build
 *   npx tsx scripts/serve-pages.ts --dir dist-base --base /our-course/ --port 4410
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createPagesServer, normaliseBase } from './lib/pages-server.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env['RUNFIRST_OUT_DIR'] ?? 'dist' },
    base: { type: 'string', default: process.env['RUNFIRST_BASE'] ?? '/' },
    port: { type: 'string', default: '4410' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const base = normaliseBase(values.base);
const server = createPagesServer(resolve(values.dir), base);
server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${values.dir} at http://${values.host}:${values.port}${base} (as GitHub Pages: no isolation headers)`);
});
