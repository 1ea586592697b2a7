/**
 * A static server that answers as GitHub Pages does for a project site: the build is served only
 * under its base path (`/<repo>/`), a folder without its trailing slash is redirected to it,
 * misses get the site's own 404.html with status 404, and no cross-origin isolation headers are
 * sent. The base-path e2e runs against it, so that what passes there is what a fork publishes.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  // Streaming compilation of WebAssembly needs this exact type.
  '.wasm': 'application/wasm',
};

/** What the server answers for a request path. */
export type PagesAnswer = { kind: 'file'; status: 200 | 404; file: string } | { kind: 'redirect'; location: string } | { kind: 'missing' };

/** Where a normalised `base` ("/our-course/") and a site folder put a request for `pathname`. */
export function resolvePagesRequest(root: string, base: string, pathname: string): PagesAnswer {
  const notFound = join(root, '404.html');
  const missing = (): PagesAnswer => (existsSync(notFound) ? { kind: 'file', status: 404, file: notFound } : { kind: 'missing' });
  if (pathname === base.slice(0, -1)) return { kind: 'redirect', location: base };
  if (!pathname.startsWith(base)) return { kind: 'missing' };
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return missing();
  }
  const file = normalize(join(root, relative));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return missing();
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!pathname.endsWith('/')) return existsSync(join(file, 'index.html')) ? { kind: 'redirect', location: `${pathname}/` } : missing();
    const index = join(file, 'index.html');
    return existsSync(index) ? { kind: 'file', status: 200, file: index } : missing();
  }
  if (existsSync(file)) return { kind: 'file', status: 200, file };
  if (existsSync(`${file}.html`)) return { kind: 'file', status: 200, file: `${file}.html` };
  return missing();
}

/** "/our-course/" from "our-course", "/our-course" or "/our-course/"; "/" for an empty base (as astro.config.mjs reads RUNFIRST_BASE). */
export function normaliseBase(base: string): string {
  const segments = base.split('/').filter(Boolean);
  return segments.length > 0 ? `/${segments.join('/')}/` : '/';
}

/** Serves the built site in `root` under `base`. */
export function createPagesServer(root: string, base: string): Server {
  const siteBase = normaliseBase(base);
  const siteRoot = normalize(root);
  return createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const answer = resolvePagesRequest(siteRoot, siteBase, pathname);
    if (answer.kind === 'redirect') {
      response.writeHead(301, { Location: answer.location }).end();
    } else if (answer.kind === 'missing') {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`404: nothing at ${pathname}\n`);
    } else {
      const type = CONTENT_TYPES[extname(answer.file)] ?? 'application/octet-stream';
      response.writeHead(answer.status, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
      if (request.method === 'HEAD') response.end();
      else createReadStream(answer.file).pipe(response);
    }
  });
}
