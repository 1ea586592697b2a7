// @ts-check
import { defineConfig } from 'astro/config';
import { lessonRemarkPlugins, lessonRehypePlugins } from './src/markdown/pipeline.ts';
import { contentCheckIntegration } from './src/authoring/integration.ts';
import { monacoCssOnDemand } from './src/editor/vite-monaco-css.ts';
import { rehypeBasePath } from './src/markdown/rehype-base-path.ts';

/**
 * Cross-origin isolation lets the tfjs WASM backend use threads (SharedArrayBuffer). Astro's
 * `server.headers` apply to both `astro dev` and `astro preview`; a static host must send the
 * same two headers (see the README).
 */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * The path the site is served under: `/` by default; a course published at a sub-path (GitHub
 * Pages serves a fork at `/<repo>/`) is built with `RUNFIRST_BASE=/<repo>/ npm run build`.
 * Written with or without its slashes, it becomes `/<repo>/`.
 */
const baseSegments = (process.env.RUNFIRST_BASE ?? '').split('/').filter(Boolean);
const base = baseSegments.length > 0 ? `/${baseSegments.join('/')}/` : '/';

export default defineConfig({
  site: 'https://runfirst.example',
  // A separate output folder lets several builds (e.g. parallel test runs) live side by side.
  outDir: process.env.RUNFIRST_OUT_DIR ?? './dist',
  // Builds that run side by side (scripts/build-sites.ts) keep their content data stores apart.
  cacheDir: process.env.RUNFIRST_CACHE_DIR ?? './node_modules/.astro',
  base,
  trailingSlash: 'ignore',
  // English at the site's own paths, each translation under its segment (/zh-cn/…): the pages in
  // src/pages/zh-cn/ render the English pages' components, which read their language from the address.
  i18n: { locales: ['en', 'zh-cn'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  server: { headers: isolationHeaders },
  integrations: [contentCheckIntegration()],
  markdown: {
    remarkPlugins: lessonRemarkPlugins(),
    // Site-absolute links in markdown ("/guide/…") move under the base.
    rehypePlugins: [...lessonRehypePlugins(), [rehypeBasePath, { base }]],
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' } },
  },
  vite: {
    // Monaco's CSS arrives with the lazily loaded editor, not in every page's head.
    plugins: [monacoCssOnDemand()],
    resolve: {
      // tfjs-core asks for node-fetch in a branch the browser never takes; in dev Vite would
      // turn it into a real import that kills the worker.
      alias: { 'node-fetch': new URL('./src/runtime/empty-module.ts', import.meta.url).pathname },
    },
    optimizeDeps: {
      include: [
        '@tensorflow/tfjs',
        '@tensorflow/tfjs-backend-wasm',
        // Pre-bundled up front, so the first edit in `astro dev` does not trigger a re-optimise and reload.
        'monaco-editor/editor',
        'monaco-editor/features/register.all',
        'monaco-editor/languages/definitions/javascript/register',
        'monaco-editor/languages/features/typescript/register',
        'acorn',
      ],
    },
    worker: { format: 'es' },
  },
});
