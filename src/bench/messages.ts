/** Every sentence the speed page shows the learner, in one place (pinned by test/bench/messages.test.ts). */
import type { BackendName } from '../runtime/backend-names';

/** What each backend is, in a few words. */
export const BACKEND_LABELS: Record<BackendName, string> = {
  cpu: 'CPU (plain JavaScript)',
  wasm: 'WASM (WebAssembly, SIMD)',
  webgl: 'WebGL (graphics card)',
  webgpu: 'WebGPU (graphics card)',
};

export const speedMessages = {
  idle: 'Press a button to measure. Each backend runs in its own worker; nothing leaves your browser.',
  measuringMatmul: (backend: BackendName, size: number) => `Measuring ${BACKEND_LABELS[backend]}: ${size}×${size} matrix multiply…`,
  measuringMatmulOneThread: (size: number) => `Measuring ${BACKEND_LABELS.wasm} on one thread: ${size}×${size} matrix multiply…`,
  /** The matmul table's extra WASM row. */
  oneThreadRow: `${BACKEND_LABELS.wasm}, one thread`,
  startingBackend: (backend: BackendName) => `Starting ${BACKEND_LABELS[backend]}…`,
  measuringTraining: (backend: BackendName) => `Training the lesson 1 network on ${BACKEND_LABELS[backend]}…`,
  measuringTrainingOneThread: () => `Training the lesson 1 network on ${BACKEND_LABELS.wasm}, one thread…`,
  finished: (seconds: number) => `Finished in ${seconds.toFixed(1)} s.`,
  unavailable: 'not available in this browser',
  failed: (message: string) => `failed: ${message}`,
  softwareWebgl:
    'WebGL here draws with a software renderer (no graphics card is available), so it is slower than WASM: the lessons pick the fastest backend for you.',
} as const;
