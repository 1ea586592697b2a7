/**
 * The speed page's controller (loaded on the first button press): runs the matmul table or the
 * training run on every backend in turn, each in a fresh bare worker, and fills the tables.
 * Raw numbers go in data-* attributes too, for the benchmark script that drives this page.
 */
import { BACKEND_NAMES, isBackendName, type BackendName } from '../runtime/backend-names';
import { everyCoreWasmThreadCount, kernelWasmThreadCount, threadEnvironmentHere } from '../runtime/wasm-thread-counts';
import { speedMessages } from './messages';
import { MATMUL_SIZES, speedRows, type BenchReply, type SpeedRowSpec, type WasmThreadCounts } from './protocol';
import { runBenchWorker } from './run-bench-worker';
import { LESSON_TRAINING } from './train-digits';

/** The parts of the page the controller writes to. */
export interface SpeedPageParts {
  readonly status: HTMLElement;
  readonly buttons: readonly HTMLButtonElement[];
  /** "all" or one backend name: which rows to measure. */
  readonly backends: HTMLSelectElement;
  readonly matmulTable: HTMLTableElement;
  readonly trainingTable: HTMLTableElement;
  readonly notes: HTMLElement;
  /** WASM thread counts to measure; this page's own by default (the worker sees the same). */
  readonly wasmThreads?: WasmThreadCounts;
}

/** This page's two WASM thread counts: every core, and the lesson kernel's (every core but one). */
function threadCountsHere(): WasmThreadCounts {
  const environment = threadEnvironmentHere();
  return { everyCore: everyCoreWasmThreadCount(environment), kernel: kernelWasmThreadCount(environment) };
}

/** The cell of `table` in row `row` (a data-row value: a backend, or wasm-one-thread) and column `column`. */
function cell(table: HTMLTableElement, row: string, column: string): HTMLTableCellElement {
  const found = table.querySelector<HTMLTableCellElement>(`tr[data-row="${row}"] td[data-column="${column}"]`);
  if (!found) throw new Error(`the speed table has no cell ${row}/${column}`);
  return found;
}

function setCell(target: HTMLTableCellElement, text: string, value?: number): void {
  target.textContent = text;
  if (value === undefined) delete target.dataset['value'];
  else target.dataset['value'] = String(value);
}

/**
 * The rows of the backends the learner chose ("all" or one). Shows the rows measured on this
 * machine (the kernel-count WASM row only where it differs from the others) and marks, with
 * data-kernel-default, the row a lesson kernel runs as.
 */
function chosenRows(parts: SpeedPageParts): SpeedRowSpec[] {
  const chosen = parts.backends.value;
  const backends: readonly BackendName[] = isBackendName(chosen) ? [chosen] : BACKEND_NAMES;
  const all = speedRows(BACKEND_NAMES, parts.wasmThreads ?? threadCountsHere());
  for (const table of [parts.matmulTable, parts.trainingTable]) {
    for (const row of table.querySelectorAll<HTMLTableRowElement>('tr[data-row]')) {
      const spec = all.find((candidate) => candidate.key === row.dataset['row']);
      row.hidden = spec === undefined;
      row.toggleAttribute('data-kernel-default', spec?.kernelDefault === true);
    }
  }
  return all.filter((row) => backends.includes(row.backend));
}

/** The bare worker's thread count for `row`, when it asks for one. */
const threadsOf = (row: SpeedRowSpec) => (row.wasmThreads === undefined ? {} : { wasmThreads: row.wasmThreads });

/** Runs `measure` for each item with the controls disabled, then reports the time taken. */
async function measureAll<T>(parts: SpeedPageParts, items: readonly T[], measure: (item: T) => Promise<void>): Promise<void> {
  const started = performance.now();
  for (const control of [...parts.buttons, parts.backends]) control.disabled = true;
  parts.status.dataset['state'] = 'running';
  try {
    for (const item of items) await measure(item);
  } finally {
    for (const control of [...parts.buttons, parts.backends]) control.disabled = false;
    parts.status.textContent = speedMessages.finished((performance.now() - started) / 1000);
    parts.status.dataset['state'] = 'finished';
  }
}

/** Marks a row as unavailable or failed across `columns`. */
function markRow(table: HTMLTableElement, row: string, columns: readonly string[], text: string): void {
  for (const column of columns) setCell(cell(table, row, column), text);
}

/**
 * Shows the backend's note (threads, software renderer) in row `row`'s header of both tables,
 * and on WASM which row lessons use.
 */
function noteBackend(parts: SpeedPageParts, row: SpeedRowSpec, reply: Extract<BenchReply, { type: 'backend' }>): void {
  const words = [
    speedMessages.backendNote(reply),
    row.backend === 'wasm' && row.kernelDefault && reply.available ? speedMessages.lessonsDefault : '',
  ].filter((part) => part !== '');
  for (const table of [parts.matmulTable, parts.trainingTable]) {
    const note = table.querySelector<HTMLElement>(`tr[data-row="${row.key}"] [data-note]`);
    if (note) note.textContent = words.length > 0 ? speedMessages.rowNote(words) : '';
  }
  if (reply.backend === 'webgl' && reply.renderer === 'software') parts.notes.textContent = speedMessages.softwareWebgl;
}

/** Fills the matmul table: GFLOP/s per row (backend; WASM also on one thread) and size. */
export function measureMatmul(parts: SpeedPageParts): Promise<void> {
  const columns = MATMUL_SIZES.map(String);
  const measuring = (row: SpeedRowSpec, size: number) => speedMessages.measuringMatmul(speedMessages.rowLabel(row), size);
  return measureAll(parts, chosenRows(parts), async (row) => {
    const { key, backend } = row;
    markRow(parts.matmulTable, key, columns, '…');
    parts.status.textContent = speedMessages.startingBackend(backend);
    let available = true;
    try {
      const request = { type: 'matmul', backend, sizes: MATMUL_SIZES, ...threadsOf(row) } as const;
      await runBenchWorker(request, (reply) => {
        if (reply.type === 'backend') {
          available = reply.available;
          noteBackend(parts, row, reply);
          if (available) parts.status.textContent = measuring(row, MATMUL_SIZES[0]);
        } else if (reply.type === 'matmul') {
          setCell(cell(parts.matmulTable, key, String(reply.size)), reply.gflops.toFixed(1), reply.gflops);
          const next = MATMUL_SIZES.find((size) => size > reply.size);
          if (next) parts.status.textContent = measuring(row, next);
        }
      });
      if (!available) markRow(parts.matmulTable, key, columns, speedMessages.unavailable);
    } catch (error) {
      markRow(parts.matmulTable, key, columns, speedMessages.failed(error instanceof Error ? error.message : String(error)));
    }
  });
}

/** Fills the training table: samples per second, seconds and final loss per row (WASM also on one thread). */
export function measureTraining(parts: SpeedPageParts): Promise<void> {
  const columns = ['samples-per-second', 'seconds', 'loss'];
  return measureAll(parts, chosenRows(parts), async (spec) => {
    const { key, backend } = spec;
    markRow(parts.trainingTable, key, columns, '…');
    parts.status.textContent = speedMessages.startingBackend(backend);
    let available = true;
    try {
      const { epochs, batchSize } = LESSON_TRAINING;
      const request = { type: 'train', backend, epochs, batchSize, ...threadsOf(spec) } as const;
      await runBenchWorker(request, (reply) => {
        if (reply.type === 'backend') {
          available = reply.available;
          noteBackend(parts, spec, reply);
          if (available) parts.status.textContent = speedMessages.measuringTraining(speedMessages.rowLabel(spec));
        } else if (reply.type === 'train' && reply.run === 'measured') {
          setCell(
            cell(parts.trainingTable, key, 'samples-per-second'),
            Math.round(reply.fitSamplesPerSecond).toLocaleString('en'),
            reply.fitSamplesPerSecond,
          );
          setCell(cell(parts.trainingTable, key, 'seconds'), (reply.fitMs / 1000).toFixed(2), reply.fitMs / 1000);
          setCell(cell(parts.trainingTable, key, 'loss'), reply.finalLoss.toFixed(3), reply.finalLoss);
          // The whole run (cached data, build, fit) is what a lesson cell's Run also does.
          const row = parts.trainingTable.querySelector<HTMLElement>(`tr[data-row="${key}"]`);
          if (row) row.dataset['totalMs'] = String(reply.totalMs);
        }
      });
      if (!available) markRow(parts.trainingTable, key, columns, speedMessages.unavailable);
    } catch (error) {
      markRow(parts.trainingTable, key, columns, speedMessages.failed(error instanceof Error ? error.message : String(error)));
    }
  });
}
