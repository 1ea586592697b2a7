/**
 * What a cell's run says once it is under way: how it ended, the notices in its Output, and the
 * errors of the learner's code and of the kernel (pinned by test/runtime/messages.test.ts). They
 * load with the run session and the kernel worker, not with the page (see ./runtime.ts).
 *
 * A cell's status always ends in "done", "error" or "stopped" once a run ends (in Chinese
 * "完成", "出错" or "已停止"), so tests and assistive technology can tell the outcome from the
 * last word.
 */
import { plural } from '../../plural';
import { formatBytes, formatRunTime } from '../runtime-units';

/** Memory still held after a run, and what the run added (the shape of the runtime's LeakReport). */
export interface LeakFigures {
  after: { numTensors: number; numBytes: number };
  addedTensors: number;
  addedBytes: number;
}

const formatDuration = (ms: number) => formatRunTime(ms, 'en');
const tensors = (n: number) => `${n} ${plural(n, { one: 'tensor', other: 'tensors' }, 'en')}`;

export const runMessages = {
  statusDone: (ms: number) => `Ran in ${formatDuration(ms)} — done`,
  statusError: (line: number | null) => (line === null ? 'Failed — error' : `Failed on line ${line} — error`),
  statusStoppedByYou: (ms: number) => `Interrupted after ${formatDuration(ms)} — stopped`,
  statusTimeLimit: (seconds: number) => `Over the ${seconds} s time limit — stopped`,
  statusCancelled: () => 'Not run: the kernel restarted — stopped',
  statusDequeued: () => 'Taken off the queue — stopped',
  statusCrashed: () => 'The kernel crashed — stopped',

  // Notices in a cell's Output.
  stoppedNotice: () =>
    'You stopped this run. The kernel restarted, so everything earlier cells defined is gone: run them again before cells that use their names.',
  timeLimitNotice: (seconds: number) =>
    `This run went past the ${seconds} s time limit, so it was stopped and the kernel restarted (names from earlier cells are gone). ` +
    'If the run needs longer, raise "Time limit" in the kernel bar at the top of the page, run the earlier cells again, then this one.',
  cancelledNotice: () => 'This cell was waiting to run when the kernel restarted, so it did not run.',
  kernelCrashedNotice: () =>
    'The kernel crashed (this usually means memory ran out) and restarted clean. Names from earlier cells are gone: run them again.',
  leak: (leak: LeakFigures) => {
    const held = `Memory after this run: ${tensors(leak.after.numTensors)} (${formatBytes(leak.after.numBytes)}) allocated`;
    if (leak.addedTensors > 0) {
      return (
        `${held}; this run added ${tensors(leak.addedTensors)} (${formatBytes(leak.addedBytes)}). ` +
        'If you do not need them, free tensors with tensor.dispose(), or compute inside tf.tidy(() => …) so intermediates are freed for you.'
      );
    }
    if (leak.addedTensors < 0) return `${held}; this run freed ${tensors(-leak.addedTensors)}.`;
    return `${held}; this run added none.`;
  },

  // Errors (the raw message is shown too, by the output view).
  /** The name an error line gives a thrown value that is not an Error (`throw 42`). */
  thrownValueName: () => 'Thrown value',
  thrownValue: (shown: string) =>
    `The cell threw ${shown}, which is not an Error, so there is no message or line. Throw new Error("what went wrong") instead.`,
  unhandledRejection: (reason: string) =>
    `A promise was rejected and nothing awaited or caught it: ${reason}. Await the promise (or add .catch) so the error stops the cell where it happens.`,
  syntaxHint: () => 'The code does not parse: check the line above for a missing bracket, comma or quote.',
  importHint: () => 'Cells cannot use import/export statements. tf, show, data, models, seed, time, compare and sleep are ready to use.',
  outOfMemory: (detail: string) =>
    `Not enough memory for this tensor (${detail}). Use a smaller shape, or free tensors you no longer need with dispose().`,

  /** Why the WASM backend refused an allocation (the detail of outOfMemory; src/runtime/kernel/memory-guard.ts). */
  tensorTooLarge: (dtype: string, shape: readonly number[], bytes: number, limit: number) =>
    `a ${dtype} tensor of shape [${shape.join(', ')}] needs ${formatBytes(bytes)}; this backend holds at most ${formatBytes(limit)} per tensor`,
  lateError: () => 'This error happened after the cell finished (in a timer or an un-awaited promise).',
  crashedDuringRun: () => 'The kernel stopped responding during this run.',
  workerFailedToLoad: () => 'the kernel worker failed to load',
  kernelNotStarted: () => 'the kernel did not start',
  noBackend: () => 'no TensorFlow.js backend could start in this browser',
  kernelRestarted: () => 'Kernel restarted: names from earlier runs are gone.',
};
