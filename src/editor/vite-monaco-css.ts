/**
 * A Vite plugin (used in astro.config.mjs): the CSS files that monaco-editor's modules import
 * become small modules that inject the CSS when the editor loads. Without it, Astro would link
 * all of Monaco's CSS from every page's head, though the editor itself loads lazily.
 */
import type { Plugin } from 'vite';

const PREFIX = '\0runfirst-monaco-css:';
// The `.js` ending keeps Vite's CSS plugin from treating the wrapper as a style sheet.
const SUFFIX = '.js';

/** Creates the plugin. */
export function monacoCssOnDemand(): Plugin {
  const injector = new URL('./inject-css.ts', import.meta.url).pathname;
  return {
    name: 'runfirst:monaco-css-on-demand',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('.css') || !importer?.includes('/monaco-editor/esm/')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved ? `${PREFIX}${resolved.id}${SUFFIX}` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      return [
        `import css from ${JSON.stringify(`${file}?inline`)};`,
        `import { injectMonacoCss } from ${JSON.stringify(injector)};`,
        'injectMonacoCss(css);',
      ].join('\n');
    },
  };
}
