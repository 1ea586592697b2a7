/** Every sentence the speed page shows the learner, in one place (pinned by test/bench/messages.test.ts). */
import type { BackendName } from '../runtime/backend-names';
import type { SpeedTableRow, WasmRowThreads } from './protocol';

/** What each backend is, in a few words. */
export const BACKEND_LABELS: Record<BackendName, string> = {
  cpu: 'CPU (plain JavaScript)',
  wasm: 'WASM (WebAssembly, SIMD)',
  webgl: 'WebGL (graphics card)',
  webgpu: 'WebGPU (graphics card)',
};

/** How each WASM row's thread count reads after the backend's label. */
const WASM_THREAD_LABELS: Record<WasmRowThreads, string> = {
  'every-core': 'every core',
  kernel: 'every core but one',
  one: 'one thread',
};

export const speedMessages = {
  idle: 'Press a button to measure. Each backend runs in its own worker; nothing leaves your browser.',
  /** A row's header: the backend, and for WASM its thread count. */
  rowLabel: (row: SpeedTableRow) => `${BACKEND_LABELS[row.backend]}${row.threads ? `, ${WASM_THREAD_LABELS[row.threads]}` : ''}`,
  /** Added to the note of the row a lesson kernel runs as (WASM only: the other backends have one row). */
  lessonsDefault: 'what lessons use',
  measuringMatmul: (rowLabel: string, size: number) => `Measuring ${rowLabel}: ${size}×${size} matrix multiply…`,
  startingBackend: (backend: BackendName) => `Starting ${BACKEND_LABELS[backend]}…`,
  measuringTraining: (rowLabel: string) => `Training the lesson 1 network on ${rowLabel}…`,
  finished: (seconds: number) => `Finished in ${seconds.toFixed(1)} s.`,
  unavailable: 'not available in this browser',
  failed: (message: string) => `failed: ${message}`,
  softwareWebgl:
    'WebGL here draws with a software renderer (no graphics card is available), so it is slower than WASM: the lessons pick the fastest backend for you.',
} as const;
