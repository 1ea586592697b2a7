import type { RehypePlugins, RemarkPlugins } from 'astro';
import rehypeKatex from 'rehype-katex';
import { lessonRemarkPluginList } from './plugins';
import { nodeLocator } from './node-locator';
import type { PluginOptions } from './report';

/**
 * The remark plugins of a lesson (plugins.ts), with errors located as authors see them on disk.
 * Shared by `astro.config.mjs` and by `npm run check`, so both see exactly the same rules; the
 * Open a lesson page runs the same list in the browser.
 */
export function lessonRemarkPlugins(options: PluginOptions = {}): RemarkPlugins {
  return lessonRemarkPluginList({ locate: nodeLocator, ...options }) as RemarkPlugins;
}

/** The rehype plugins: KaTeX renders math to HTML at build time, so no KaTeX script ships. */
export function lessonRehypePlugins(): RehypePlugins {
  return [[rehypeKatex, { throwOnError: false, strict: 'ignore' }]] as RehypePlugins;
}
