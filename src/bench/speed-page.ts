/**
 * The speed page's controller (loaded on the first button press): runs the matmul table or the
 * training run on every backend in turn, each in a fresh bare worker, and fills the tables.
 * Raw numbers go in data-* attributes too, for the benchmark script that drives this page.
 */
import { BACKEND_NAMES, isBackendName, type BackendName } from '../runtime/backend-names';
import { speedMessages } from './messages';
import { MATMUL_SIZES, type BenchReply } from './protocol';
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

/** The cell of `table` for `backend` and column `column` (a data-column value). */
function cell(table: HTMLTableElement, backend: BackendName, column: string): HTMLTableCellElement {
  const found = table.querySelector<HTMLTableCellElement>(`tr[data-backend="${backend}"] td[data-column="${column}"]`);
  if (!found) throw new Error(`the speed table has no cell ${backend}/${column}`);
  return found;
}

function setCell(target: HTMLTableCellElement, text: string, value?: number): void {
  target.textContent = text;
  if (value === undefined) delete target.dataset['value'];
  else target.dataset['value'] = String(value);
}

/** Runs `measure` for each chosen backend with the controls disabled, then reports the time taken. */
async function measureAll(parts: SpeedPageParts, measure: (backend: BackendName) => Promise<void>): Promise<void> {
  const started = performance.now();
  const chosen = parts.backends.value;
  const backends = isBackendName(chosen) ? [chosen] : BACKEND_NAMES;
  for (const control of [...parts.buttons, parts.backends]) control.disabled = true;
  parts.status.dataset['state'] = 'running';
  try {
    for (const backend of backends) await measure(backend);
  } finally {
    for (const control of [...parts.buttons, parts.backends]) control.disabled = false;
    parts.status.textContent = speedMessages.finished((performance.now() - started) / 1000);
    parts.status.dataset['state'] = 'finished';
  }
}

/** Marks a backend's row as unavailable or failed across `columns`. */
function markRow(table: HTMLTableElement, backend: BackendName, columns: readonly string[], text: string): void {
  for (const column of columns) setCell(cell(table, backend, column), text);
}

/** Shows the backend's note (threads, software renderer) in its row header. */
function noteBackend(parts: SpeedPageParts, reply: Extract<BenchReply, { type: 'backend' }>): void {
  for (const table of [parts.matmulTable, parts.trainingTable]) {
    const note = table.querySelector<HTMLElement>(`tr[data-backend="${reply.backend}"] [data-note]`);
    if (note) note.textContent = reply.note ? ` (${reply.note})` : '';
  }
  if (reply.backend === 'webgl' && reply.note === 'software renderer') parts.notes.textContent = speedMessages.softwareWebgl;
}

/** Fills the matmul table: GFLOP/s per backend and size. */
export function measureMatmul(parts: SpeedPageParts): Promise<void> {
  const columns = MATMUL_SIZES.map(String);
  return measureAll(parts, async (backend) => {
    markRow(parts.matmulTable, backend, columns, '…');
    parts.status.textContent = speedMessages.startingBackend(backend);
    let available = true;
    try {
      await runBenchWorker({ type: 'matmul', backend, sizes: MATMUL_SIZES }, (reply) => {
        if (reply.type === 'backend') {
          available = reply.available;
          noteBackend(parts, reply);
          if (available) parts.status.textContent = speedMessages.measuringMatmul(backend, MATMUL_SIZES[0]);
        } else if (reply.type === 'matmul') {
          setCell(cell(parts.matmulTable, backend, String(reply.size)), reply.gflops.toFixed(1), reply.gflops);
          const next = MATMUL_SIZES.find((size) => size > reply.size);
          if (next) parts.status.textContent = speedMessages.measuringMatmul(backend, next);
        }
      });
      if (!available) markRow(parts.matmulTable, backend, columns, speedMessages.unavailable);
    } catch (error) {
      markRow(parts.matmulTable, backend, columns, speedMessages.failed(error instanceof Error ? error.message : String(error)));
    }
  });
}

/** Fills the training table: samples per second, seconds and final loss per backend. */
export function measureTraining(parts: SpeedPageParts): Promise<void> {
  const columns = ['samples-per-second', 'seconds', 'loss'];
  return measureAll(parts, async (backend) => {
    markRow(parts.trainingTable, backend, columns, '…');
    parts.status.textContent = speedMessages.startingBackend(backend);
    let available = true;
    try {
      const { epochs, batchSize } = LESSON_TRAINING;
      await runBenchWorker({ type: 'train', backend, epochs, batchSize }, (reply) => {
        if (reply.type === 'backend') {
          available = reply.available;
          noteBackend(parts, reply);
          if (available) parts.status.textContent = speedMessages.measuringTraining(backend);
        } else if (reply.type === 'train' && reply.run === 'measured') {
          setCell(cell(parts.trainingTable, backend, 'samples-per-second'), Math.round(reply.fitSamplesPerSecond).toLocaleString('en'), reply.fitSamplesPerSecond);
          setCell(cell(parts.trainingTable, backend, 'seconds'), (reply.fitMs / 1000).toFixed(2), reply.fitMs / 1000);
          setCell(cell(parts.trainingTable, backend, 'loss'), reply.finalLoss.toFixed(3), reply.finalLoss);
          // The whole run (cached data, build, fit) is what a lesson cell's Run also does.
          const row = parts.trainingTable.querySelector<HTMLElement>(`tr[data-backend="${backend}"]`);
          if (row) row.dataset['totalMs'] = String(reply.totalMs);
        }
      });
      if (!available) markRow(parts.trainingTable, backend, columns, speedMessages.unavailable);
    } catch (error) {
      markRow(parts.trainingTable, backend, columns, speedMessages.failed(error instanceof Error ? error.message : String(error)));
    }
  });
}
