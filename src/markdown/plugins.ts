import type { PluggableList } from 'unified';
import remarkMath from 'remark-math';
import remarkDirective from 'remark-directive';
import { remarkRunFirst } from './remark-run-first';
import { remarkRunCells } from './remark-run-cells';
import { remarkTheory } from './remark-theory';
import { remarkKatexCheck } from './remark-katex-check';
import type { PluginOptions } from './report';

/**
 * The remark plugins of a lesson, in order: parse math and directives, enforce run-first,
 * check math, then render theory layers and code cells. Free of node modules, so the Open a
 * lesson page runs them in the browser; node code uses `lessonRemarkPlugins` (pipeline.ts).
 */
export function lessonRemarkPluginList(options: PluginOptions = {}): PluggableList {
  return [
    remarkMath,
    remarkDirective,
    [remarkRunFirst, options],
    [remarkKatexCheck, options],
    [remarkTheory, options],
    [remarkRunCells, options],
  ];
}
