/**
 * The speed page's controller (loaded on the first button press): runs the matmul table or the
 * training run on every backend in turn, each in a fresh bare worker, and fills the tables.
 * Raw numbers go in data-* attributes too, for the benchmark script that drives this page.
 */
import { BACKEND_NAMES, isBackendName, type BackendName } from '../runtime/backend-names';
import { speedMessages } from './messages';
import { MATMUL_SIZES, speedRows, type BenchReply, type SpeedRowSpec } from './protocol';
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

/** The backends the learner chose ("all" or one). */
function chosenBackends(parts: SpeedPageParts): readonly BackendName[] {
  const chosen = parts.backends.value;
  return isBackendName(chosen) ? [chosen] : BACKEND_NAMES;
}

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

/** Shows the backend's note (threads, software renderer) in row `row`'s header of both tables. */
function noteBackend(parts: SpeedPageParts, row: string, reply: Extract<BenchReply, { type: 'backend' }>): void {
  for (const table of [parts.matmulTable, parts.trainingTable]) {
    const note = table.querySelector<HTMLElement>(`tr[data-row="${row}"] [data-note]`);
    if (note) note.textContent = reply.note ? ` (${reply.note})` : '';
  }
  if (reply.backend === 'webgl' && reply.note === 'software renderer') parts.notes.textContent = speedMessages.softwareWebgl;
}

/** Fills the matmul table: GFLOP/s per row (backend; WASM also on one thread) and size. */
export function measureMatmul(parts: SpeedPageParts): Promise<void> {
  const columns = MATMUL_SIZES.map(String);
  const measuring = (row: SpeedRowSpec, size: number) =>
    row.wasmThreads === 1 ? speedMessages.measuringMatmulOneThread(size) : speedMessages.measuringMatmul(row.backend, size);
  return measureAll(parts, speedRows(chosenBackends(parts)), async (row) => {
    const { key, backend } = row;
    markRow(parts.matmulTable, key, columns, '…');
    parts.status.textContent = speedMessages.startingBackend(backend);
    let available = true;
    try {
      const request = { type: 'matmul', backend, sizes: MATMUL_SIZES, ...(row.wasmThreads === undefined ? {} : { wasmThreads: row.wasmThreads }) } as const;
      await runBenchWorker(request, (reply) => {
        if (reply.type === 'backend') {
          available = reply.available;
          noteBackend(parts, key, reply);
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
  return measureAll(parts, speedRows(chosenBackends(parts)), async (spec) => {
    const { key, backend } = spec;
    markRow(parts.trainingTable, key, columns, '…');
    parts.status.textContent = speedMessages.startingBackend(backend);
    let available = true;
    try {
      const { epochs, batchSize } = LESSON_TRAINING;
      const request = { type: 'train', backend, epochs, batchSize, ...(spec.wasmThreads === undefined ? {} : { wasmThreads: spec.wasmThreads }) } as const;
      await runBenchWorker(request, (reply) => {
        if (reply.type === 'backend') {
          available = reply.available;
          noteBackend(parts, key, reply);
          if (available) parts.status.textContent = spec.wasmThreads === 1 ? speedMessages.measuringTrainingOneThread() : speedMessages.measuringTraining(backend);
        } else if (reply.type === 'train' && reply.run === 'measured') {
          setCell(cell(parts.trainingTable, key, 'samples-per-second'), Math.round(reply.fitSamplesPerSecond).toLocaleString('en'), reply.fitSamplesPerSecond);
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
