/** Every figure the benchmark prints, in issue 3's order (then issue 4's grading time). */
import type { RunnableFigure } from './context.ts';
import { compressionFigure } from './compression.ts';
import { firstLoadFigure } from './first-load.ts';
import { gradingFigure } from './grading.ts';
import { batchingFigure, loadGeneratorFigure } from './load-test.ts';
import { longTaskFigure } from './long-task.ts';
import { matmulFigure } from './matmul.ts';
import { coldRunFigure, warmRunFigure } from './run-latency.ts';
import { trainingFigure } from './training.ts';

export const FIGURES: readonly RunnableFigure[] = [
  firstLoadFigure,
  coldRunFigure,
  warmRunFigure,
  longTaskFigure,
  matmulFigure,
  trainingFigure,
  gradingFigure,
  loadGeneratorFigure,
  batchingFigure,
  compressionFigure,
];
