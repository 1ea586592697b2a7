/** Every figure the benchmark prints, in issue 3's order (then issue 4's grading time). */
import type { RunnableFigure } from './context.ts';
import { firstLoadFigure } from './first-load.ts';
import { matmulFigure } from './matmul.ts';

export const FIGURES: readonly RunnableFigure[] = [firstLoadFigure, matmulFigure];
