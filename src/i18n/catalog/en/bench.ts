/**
 * Every sentence the speed page's script shows the learner: its status line, the rows' labels
 * and notes, and what a backend that cannot run says (pinned by test/bench/messages.test.ts).
 */
import { plural } from '../../plural';
import type { BackendId } from '../runtime-units';

/** Which thread count a WASM row of the speed tables asks for (src/bench/protocol.ts WasmRowThreads). */
export type SpeedRowThreads = 'every-core' | 'kernel' | 'one';

/** A row of the speed tables (src/bench/protocol.ts SpeedTableRow): a backend, and for WASM which thread count. */
export interface SpeedRow {
  readonly key: string;
  readonly backend: BackendId;
  readonly threads?: SpeedRowThreads;
}

/** What the bench worker found about the backend it started (src/bench/protocol.ts BenchReply `backend`). */
export interface BackendFindings {
  /** WebGL only: drawn by the graphics card or a software renderer. */
  renderer?: 'gpu' | 'software';
  /** WASM only: the threads it runs on, and whether the page is cross-origin isolated. */
  wasmThreads?: number;
  isolated?: boolean;
}

/** What each backend is, in a few words. */
export const backendLabels: Record<BackendId, string> = {
  cpu: 'CPU (plain JavaScript)',
  wasm: 'WASM (WebAssembly, SIMD)',
  webgl: 'WebGL (graphics card)',
  webgpu: 'WebGPU (graphics card)',
};

/** How each WASM row's thread count reads after the backend's label. */
const WASM_THREAD_LABELS: Record<SpeedRowThreads, string> = {
  'every-core': 'every core',
  kernel: 'every core but one',
  one: 'one thread',
};

export const speedMessages = {
  idle: 'Press a button to measure. Each backend runs in its own worker; nothing leaves your browser.',
  /** A row's header: the backend, and for WASM its thread count. */
  rowLabel: (row: SpeedRow) => `${backendLabels[row.backend]}${row.threads ? `, ${WASM_THREAD_LABELS[row.threads]}` : ''}`,
  /** Added to the note of the row a lesson kernel runs as (WASM only: the other backends have one row). */
  lessonsDefault: 'what lessons use',
  /** What the worker found about a backend, for its row's note ('' when nothing is worth saying). */
  backendNote: ({ renderer, wasmThreads, isolated = false }: BackendFindings) => {
    if (renderer) return renderer === 'software' ? 'software renderer' : 'GPU';
    if (wasmThreads === undefined) return '';
    return `${wasmThreads} ${plural(wasmThreads, { one: 'thread', other: 'threads' }, 'en')}${isolated ? ', cross-origin isolated' : ''}`;
  },
  /** A row's notes after its label: " (2 threads; what lessons use)". */
  rowNote: (notes: readonly string[]) => ` (${notes.join('; ')})`,
  measuringMatmul: (rowLabel: string, size: number) => `Measuring ${rowLabel}: ${size}×${size} matrix multiply…`,
  startingBackend: (backend: BackendId) => `Starting ${backendLabels[backend]}…`,
  measuringTraining: (rowLabel: string) => `Training the lesson 1 network on ${rowLabel}…`,
  finished: (seconds: number) => `Finished in ${seconds.toFixed(1)} s.`,
  unavailable: 'not available in this browser',
  failed: (message: string) => `failed: ${message}`,
  /** Why a row failed when its worker died without a message. */
  workerCrashed: () => 'the benchmark worker crashed',
  softwareWebgl:
    'WebGL here draws with a software renderer (no graphics card is available), so it is slower than WASM: the lessons pick the fastest backend for you.',
};
