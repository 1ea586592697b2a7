/**
 * The bare benchmark worker: tfjs on one backend, set up by the kernel's own backend code, and
 * no UI at all. It answers one request (a matmul table or a training run) with results, then
 * `done`. The speed page starts a fresh one per backend so backends never share a worker.
 */
// First: holds messages that arrive while the modules below get ready (some wait for their texts).
import { releaseEarlyMessages } from '../runtime/early-messages';
import * as tf from '@tensorflow/tfjs';
import { chooseBackend, isSoftwareWebgl } from '../runtime/kernel/choose-backend';
import { configureWasmPaths } from '../runtime/kernel/wasm-paths';
import { createLearnerTools } from '../runtime/tools/learner-tools';
import type { BackendName } from '../runtime/backend-names';
import { timeMatmul } from './matmul-speed';
import { MEASURED_TRAINING_RUNS, type BenchReply, type BenchRequest, type TrainFigures } from './protocol';
import { trainDigits } from './train-digits';
import { useLocale } from '../i18n/localized';
import { SOURCE_LOCALE } from '../i18n/locales';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: BenchReply) => scope.postMessage(message);

/**
 * Starts `backend` exactly (no fallback), as the kernel does; says whether it runs here and on
 * what (the page puts it in words: this worker does not know the page's language).
 */
async function start(backend: BackendName, wasmThreads: number | undefined): Promise<boolean> {
  configureWasmPaths();
  const choice = await chooseBackend(backend, { times: {}, softwareWebgl: false }, wasmThreads === undefined ? {} : { wasmThreads });
  const available = choice.fallbackFrom === null && choice.backend === backend;
  if (backend === 'webgl' && available) {
    reply({ type: 'backend', backend, available, renderer: isSoftwareWebgl() ? 'software' : 'gpu' });
  } else if (backend === 'wasm' && available) {
    const { getThreadsCount } = await import('@tensorflow/tfjs-backend-wasm');
    reply({ type: 'backend', backend, available, wasmThreads: Math.max(1, getThreadsCount()), isolated: scope.crossOriginIsolated });
  } else reply({ type: 'backend', backend, available });
  return available;
}

async function handle(request: BenchRequest): Promise<void> {
  if (!(await start(request.backend, request.wasmThreads))) return;
  if (request.type === 'matmul') {
    for (const size of request.sizes) reply({ type: 'matmul', ...(await timeMatmul(tf, size)) });
    return;
  }
  // The same data.load and seed a lesson cell gets.
  const tools = createLearnerTools(tf, { baseUrl: new URL(import.meta.env.BASE_URL, scope.location.origin) });
  // A one-epoch run first loads the digits and compiles the kernels (shaders on WebGL), as the
  // lesson's first Run does; the measured run is the second, like a learner's rerun.
  reply({ type: 'train', run: 'warm-up', ...(await trainDigits(tf, tools, 1, request.batchSize)) });
  // Then up to MEASURED_TRAINING_RUNS measured runs (fewer on a slow backend), reported as the median by fit time.
  const runs: TrainFigures[] = [];
  let spent = 0;
  while (runs.length < MEASURED_TRAINING_RUNS && (runs.length === 0 || spent < 10_000)) {
    const run = await trainDigits(tf, tools, request.epochs, request.batchSize);
    runs.push(run);
    spent += run.totalMs;
  }
  const sorted = runs.sort((a, b) => a.fitMs - b.fitMs);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] as TrainFigures;
  reply({ type: 'train', run: 'measured', ...median, runs: runs.length });
}

scope.addEventListener(
  'message',
  (event: MessageEvent<BenchRequest>) => {
    // The errors this worker reports (a backend that cannot start, data that cannot load) speak the page's language.
    useLocale(event.data.locale ?? SOURCE_LOCALE)
      .then(() => handle(event.data))
      .then(
        () => reply({ type: 'done' }),
        (error: unknown) => reply({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
  },
  { once: true },
);
releaseEarlyMessages();
