import type { RehypePlugins, RemarkPlugins } from 'astro';
import remarkMath from 'remark-math';
import remarkDirective from 'remark-directive';
import rehypeKatex from 'rehype-katex';
import { remarkRunFirst } from './remark-run-first';
import { remarkRunCells } from './remark-run-cells';
import { remarkTheory } from './remark-theory';
import { remarkKatexCheck } from './remark-katex-check';
import type { PluginOptions } from './report';

/**
 * The remark plugins of a lesson, in order: parse math and directives, enforce run-first,
 * check math, then render theory layers and code cells. Shared by `astro.config.mjs` and by
 * `npm run check`, so both see exactly the same rules.
 */
export function lessonRemarkPlugins(options: PluginOptions = {}): RemarkPlugins {
  return [
    remarkMath,
    remarkDirective,
    [remarkRunFirst, options],
    [remarkKatexCheck, options],
    [remarkTheory, options],
    [remarkRunCells, options],
  ] as RemarkPlugins;
}

/** The rehype plugins: KaTeX renders math to HTML at build time, so no KaTeX script ships. */
export function lessonRehypePlugins(): RehypePlugins {
  return [[rehypeKatex, { throwOnError: false, strict: 'ignore' }]] as RehypePlugins;
}
