/**
 * The kernel (worker side): starts tfjs on a backend, runs cells one at a time in the shared
 * scope, and reports output, the outcome, errors with the cell's own line numbers and the leak
 * report. The page talks to it only through the messages in protocol.ts.
 */
import * as tf from '@tensorflow/tfjs';
import { getThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import { createLearnerDisplay } from './display/learner-display';
import type { DisplayMessage } from '../display/protocol';
import { createLearnerTools } from '../tools/learner-tools';
import { createTestApi, type TestApi } from '../testing/test-api';
import { createLogApi } from '../tools/log/log-api';
import {
  parseKernelRequest,
  type InitRequest,
  type KernelError,
  type KernelEvent,
  type LeakReport,
  type MemorySnapshot,
  type RunRequest,
} from '../protocol';
import { evaluateTransformed, transformLearnerCode, type SharedScopeFunction } from '../learner-code/transform';
import { runMessages } from '../run-messages';
import { useLocale } from '../../i18n/localized';
import { SOURCE_LOCALE } from '../../i18n/locales';
import { chooseBackend } from './choose-backend';
import { configureWasmPaths } from './wasm-paths';
import { describeError, isFatalError } from '../learner-code/describe-error';
import { createSharedScope, provideGlobals } from './shared-scope';
import { guardWasmBackends } from './guarded-wasm';
import { kernelWasmThreadCount, threadEnvironmentHere } from '../wasm-thread-counts';

type Post = (event: KernelEvent) => void;

const memory = (): MemorySnapshot => {
  const { numTensors, numBytes } = tf.memory();
  return { numTensors, numBytes };
};

const leakSince = (before: MemorySnapshot): LeakReport => {
  const after = memory();
  return { after, addedTensors: after.numTensors - before.numTensors, addedBytes: after.numBytes - before.numBytes };
};

/**
 * Lets pending `unhandledrejection` events fire before a run is called done: the browser
 * dispatches them in a task of its own after the microtasks, so wait two task turns.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const settle = async () => {
  await nextTask();
  await nextTask();
};

/** The part of the worker's global scope the kernel talks through (a fake in unit tests). */
export type KernelScope = Pick<DedicatedWorkerGlobalScope, 'addEventListener' | 'postMessage' | 'crossOriginIsolated'>;

/**
 * Starts the kernel in this worker: listens for requests on `scope` and posts events with
 * `post`. Cells' names live on the realm's global object, where their code looks them up.
 */
export function startKernel(scope: KernelScope, post: Post = (event) => scope.postMessage(event)): void {
  const started = performance.now();
  // tfjs ops go many frames deep before they throw; keep enough frames to reach the cell's line.
  Error.stackTraceLimit = 100;
  const shared = createSharedScope(globalThis);
  let current: { runId: number; cellId: string } = { runId: 0, cellId: '' };
  let running = false;
  /** The first error a run left behind outside its own await chain (a rejected promise, a throwing timer). */
  let strayError: { value: unknown; kind: 'runtime' | 'rejection' } | undefined;
  const takeStrayError = () => {
    const stray = strayError;
    strayError = undefined;
    return stray;
  };
  let queue: Promise<void> = Promise.resolve();
  let ready = false;
  /** The cells' `test(...)`: a cell is done only when every test it started has its verdict. */
  let tests: TestApi | undefined;

  // A drawing pad's updates go to the pad's own cell, even when another cell's pad.stroke made them.
  const targetOf = (message: DisplayMessage) =>
    (message.kind === 'drawpad-set' || message.kind === 'drawpad-result' ? display.pads.ownerOf(message.id) : undefined) ?? current;
  const display = createLearnerDisplay((message) => post({ type: 'display', ...targetOf(message), message }), tf);

  const report = (value: unknown, kind: 'runtime' | 'rejection') => {
    if (running) {
      strayError ??= { value, kind };
      return;
    }
    if (current.cellId === '') return;
    post({ type: 'late-error', cellId: current.cellId, error: describeError(value, current.cellId, 0, kind) });
  };
  scope.addEventListener('unhandledrejection', (event) => {
    event.preventDefault();
    report(event.reason, 'rejection');
  });
  scope.addEventListener('error', (event) => {
    event.preventDefault();
    report(event.error ?? new Error(event.message), 'runtime');
  });

  async function init(request: InitRequest): Promise<void> {
    try {
      configureWasmPaths();
      // Before any backend starts: every WASM backend, the kernel's or one a cell switches to, gets
      // the kernel's threads and the memory guard.
      guardWasmBackends(kernelWasmThreadCount(threadEnvironmentHere()));
      const choice = await chooseBackend(request.backend, request.probe);
      display.installAutoFitProgress();
      tests = createTestApi(tf, { finished: display.reportTest });
      const tools = createLearnerTools(tf, { baseUrl: request.baseUrl }, { offerDownload: display.offerDownload, tests });
      provideGlobals(shared, { tf, show: display.show, console: display.console, ...tools });
      // The lesson's own experiment log, drawn in the Output (the tools' log is the grader's, in memory).
      const warn = (text: string) => display.console.warn(text);
      provideGlobals(shared, {
        log: createLogApi({ lesson: request.lesson, show: display.show, warn, offerLogPanel: display.offerLogPanel }),
      });
      ready = true;
      post({
        type: 'ready',
        backend: choice.backend,
        requested: request.backend,
        probe: choice.probe,
        probed: choice.probed,
        crossOriginIsolated: scope.crossOriginIsolated,
        wasmThreads: choice.backend === 'wasm' ? Math.max(1, getThreadsCount()) : null,
        fallbackFrom: choice.fallbackFrom,
        loadMs: Math.round(performance.now() - started),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      post({ type: 'init-failed', error: { kind: 'runtime', name: 'Error', message, line: null, column: null } });
    }
  }

  /** Calls a drawing pad's onChange with the latest drawing, its output going to the pad's cell. */
  async function input(padId: string): Promise<void> {
    const job = display.pads.take(padId);
    if (!job) return;
    const previous = current;
    current = job.owner;
    try {
      await job.call();
    } catch (error) {
      report(error, 'runtime');
    } finally {
      display.flush();
      current = previous;
    }
  }

  async function run({ runId, cellId, code }: RunRequest): Promise<void> {
    current = { runId, cellId };
    display.pads.beginRun(current);
    const start = performance.now();
    const before = memory();
    let firstLineOffset = 0;
    let failure: { error: KernelError; fatal: boolean } | undefined;
    running = true;
    strayError = undefined;
    display.beginRun();
    try {
      if (!ready) throw new Error(runMessages.kernelNotStarted());
      const cell = transformLearnerCode(code, { mode: 'shared-scope', sourceId: cellId });
      firstLineOffset = cell.firstLineOffset;
      // Evaluated in the global scope (indirect eval), so it sees the shared names.
      await evaluateTransformed<SharedScopeFunction>(cell)(shared);
      await tests?.settled();
      await settle();
      const stray = takeStrayError();
      if (stray) failure = { error: describeError(stray.value, cellId, firstLineOffset, stray.kind), fatal: false };
    } catch (error) {
      await tests?.settled();
      failure = { error: describeError(error, cellId, firstLineOffset), fatal: isFatalError(error) };
    } finally {
      running = false;
      display.flush();
    }
    const ms = Math.round(performance.now() - start);
    if (!failure) {
      post({ type: 'done', runId, cellId, ms, leak: leakSince(before) });
      return;
    }
    let leak: LeakReport | null = null;
    if (!failure.fatal) {
      try {
        leak = leakSince(before);
      } catch {
        leak = null;
      }
    }
    post({ type: 'failed', runId, cellId, ms, error: failure.error, leak, fatal: failure.fatal });
  }

  scope.addEventListener('message', (event: MessageEvent) => {
    const request = parseKernelRequest(event.data);
    if (!request) return;
    if (request.type === 'input') {
      if (display.pads.offer(request.padId, request.pixels)) queue = queue.then(() => input(request.padId));
      return;
    }
    // The worker has no document: every message it writes (errors, notices, show.* and test
    // texts) speaks the page's language from the moment the page says which it is.
    // useLocale also downloads that language's texts (each area's translation is a chunk of its
    // own); the queue holds the init and every later run until they are in.
    queue = queue.then(async () => {
      if (request.type !== 'init') return run(request);
      await useLocale(request.locale ?? SOURCE_LOCALE);
      return init(request);
    });
  });
}
