/**
 * Every speed target of the benchmark, in one table: the figures judge their measurements against
 * these, the terminal summary prints them, and the results report in BENCHMARKS.md lists each one
 * with what was measured. A target is changed here and nowhere else.
 */
import type { Target } from './figure.ts';

/** A target with its place in the report. */
export interface TargetSpec extends Target {
  readonly id: string;
  /** The figure that measures it. */
  readonly figure: number;
  /** What is measured, in a few words (the report's "What" column). */
  readonly what: string;
  readonly unit: string;
  /** Where the target comes from. */
  readonly source: string;
}

const spec = <const T extends Omit<TargetSpec, 'id'>>(id: string, target: T): T & { id: string } => ({ id, ...target });

export const TARGETS = {
  firstLoadJs: spec('first-load-js', {
    figure: 1,
    what: 'JS transferred on first load of a lesson page (gzip)',
    op: '<=',
    limit: 30,
    unit: 'KB',
    source: 'issue 3',
  }),
  firstLoadJsWithWorker: spec('first-load-js-with-worker', {
    figure: 1,
    what: 'JS of a lesson page’s first load with the offline service worker’s script (gzip), in English and in Chinese',
    op: '<=',
    limit: 30,
    unit: 'KB',
    source: 'issue 11',
  }),
  coldRun: spec('cold-run', { figure: 2, what: 'Cold Run: click → first output', op: '<=', limit: 1.5, unit: 's', source: 'issue 3' }),
  warmRun: spec('warm-run', {
    figure: 3,
    what: 'Warm Run overhead: click → output and "done"',
    op: '<=',
    limit: 50,
    unit: 'ms',
    source: 'issue 3',
  }),
  longTask: spec('long-task', {
    figure: 4,
    what: 'Longest main-thread task while training',
    op: '<=',
    limit: 50,
    unit: 'ms',
    source: 'issue 3',
  }),
  longTaskUnderLoad: spec('long-task-under-load', {
    figure: 4,
    what: 'Longest main-thread task while training, beside a CPU-burning neighbour process',
    op: '<=',
    limit: 50,
    unit: 'ms',
    source: 'issue 13',
  }),
  wasmThreadSpeedup: spec('wasm-thread-speedup', {
    figure: 5,
    what: 'Matmul 1024²: WASM on every core ÷ WASM on one thread',
    op: '>=',
    limit: 1.7,
    unit: '×',
    source: 'issue 13',
  }),
  cellVsBare: spec('cell-vs-bare', {
    figure: 6,
    what: 'Training throughput: lesson cell ÷ bare worker',
    op: '>=',
    limit: 0.95,
    unit: '×',
    source: 'issue 3, 13',
  }),
  gradingFirst: spec('grading-first', {
    figure: 7,
    what: 'Grading one typical exercise: first Check',
    op: '<=',
    limit: 2,
    unit: 's',
    source: 'issue 4',
  }),
  gradingLater: spec('grading-later', {
    figure: 7,
    what: 'Grading one typical exercise: later Checks (median)',
    op: '<=',
    limit: 2,
    unit: 's',
    source: 'issue 4',
  }),
  slowestExercise: spec('slowest-exercise', {
    figure: 7,
    what: "Every exercise's Check (median of 3), the slowest",
    op: '<=',
    limit: 3,
    unit: 's',
    source: 'issue 13',
  }),
  loadGeneratorRate: spec('load-generator-rate', {
    figure: 8,
    what: 'Load generator at 1,000 requests/s for 5 s, no-op service: achieved rate off target',
    op: '<=',
    limit: 2,
    unit: '%',
    source: 'issue 9',
  }),
  loadGeneratorP99: spec('load-generator-p99', {
    figure: 8,
    what: "Load generator at 1,000 requests/s, no-op service: p99 latency (the harness's own)",
    op: '<=',
    limit: 2,
    unit: 'ms',
    source: 'issue 9',
  }),
  batchingSpeedup: spec('batching-speedup', {
    figure: 9,
    what: 'Digits service throughput at saturation (64 clients): batching on ÷ off',
    op: '>=',
    limit: 3,
    unit: '×',
    source: 'issue 9',
  }),
  int8Size: spec('int8-size', {
    figure: 10,
    what: 'Digits model, int8 per tensor weights file ÷ float32 weights file',
    op: '<=',
    limit: 0.27,
    unit: '×',
    source: 'issue 9',
  }),
  int8AccuracyDrop: spec('int8-accuracy-drop', {
    figure: 10,
    what: 'Digits test accuracy, float32 minus int8 per tensor',
    op: '<=',
    limit: 1,
    unit: 'points',
    source: 'issue 9',
  }),
} as const satisfies Record<string, TargetSpec>;

/** The table as a list, in figure order. */
export const TARGET_LIST: readonly TargetSpec[] = Object.values(TARGETS);
