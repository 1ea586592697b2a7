// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BenchReply, BenchRequest } from '../../src/bench/protocol.ts';

/** Replies the fake bare worker gives, by backend. */
const script = new Map<string, BenchReply[] | Error>();
const requests: BenchRequest[] = [];

vi.mock('../../src/bench/run-bench-worker.ts', () => ({
  runBenchWorker: async (request: BenchRequest, onReply: (reply: BenchReply) => void) => {
    requests.push(request);
    const key = request.wasmThreads === undefined ? request.backend : `${request.backend}/${request.wasmThreads}`;
    const replies = script.get(key) ?? [{ type: 'backend', backend: request.backend, available: false }];
    if (replies instanceof Error) throw replies;
    for (const reply of replies) onReply(reply);
  },
}));

const { measureMatmul, measureTraining } = await import('../../src/bench/speed-page.ts');

function table(kind: string, columns: string[]): HTMLTableElement {
  const keys = ['webgpu', 'webgl', 'wasm', 'wasm-kernel', 'wasm-one-thread', 'cpu'];
  const rows = keys
    .map(
      (key) =>
        `<tr data-backend="${key.split('-')[0]}" data-row="${key}"><th>${key}<span data-note></span></th>${columns.map((c) => `<td data-column="${c}">–</td>`).join('')}</tr>`,
    )
    .join('');
  const element = document.createElement('table');
  element.dataset['speedTable'] = kind;
  element.innerHTML = `<tbody>${rows}</tbody>`;
  document.body.append(element);
  return element;
}

/** A 2-core machine, cross-origin isolated: every core 2, the kernel's 1. */
const TWO_CORES = { everyCore: 2, kernel: 1 };

function parts(backend = 'all', wasmThreads = TWO_CORES) {
  document.body.innerHTML = '';
  const select = document.createElement('select');
  select.innerHTML = ['all', 'webgpu', 'webgl', 'wasm', 'cpu'].map((value) => `<option value="${value}">${value}</option>`).join('');
  select.value = backend;
  const button = document.createElement('button');
  return {
    status: document.createElement('p'),
    notes: document.createElement('p'),
    buttons: [button],
    backends: select,
    matmulTable: table('matmul', ['256', '512', '1024']),
    trainingTable: table('training', ['samples-per-second', 'seconds', 'loss']),
    wasmThreads,
  };
}

const cellOf = (t: HTMLTableElement, row: string, column: string) =>
  t.querySelector<HTMLElement>(`tr[data-row="${row}"] td[data-column="${column}"]`) as HTMLElement;

beforeEach(() => {
  script.clear();
  requests.length = 0;
});

describe('the speed page controller', () => {
  it('fills GFLOP/s per size, marks missing backends and finishes with the controls enabled', async () => {
    script.set('wasm/2', [
      { type: 'backend', backend: 'wasm', available: true, wasmThreads: 2, isolated: false },
      { type: 'matmul', size: 256, medianMs: 1, gflops: 33.55, runs: 5 },
      { type: 'matmul', size: 512, medianMs: 9, gflops: 29.8, runs: 5 },
      { type: 'matmul', size: 1024, medianMs: 80, gflops: 26.8, runs: 3 },
    ]);
    script.set('wasm/1', [
      { type: 'backend', backend: 'wasm', available: true, wasmThreads: 1 },
      { type: 'matmul', size: 1024, medianMs: 150, gflops: 14.3, runs: 3 },
    ]);
    script.set('webgl', [
      { type: 'backend', backend: 'webgl', available: true, renderer: 'software' },
      { type: 'matmul', size: 256, medianMs: 10, gflops: 3.4, runs: 3 },
    ]);
    script.set('cpu', new Error('worker crashed'));
    const page = parts();
    const running = measureMatmul(page);
    expect(page.buttons[0]?.disabled).toBe(true);
    expect(page.backends.disabled).toBe(true);
    await running;

    // WASM on every core, asked for explicitly, then on one thread (the kernel's count on 2 cores).
    expect(requests.map((r) => `${r.backend}${r.wasmThreads === undefined ? '' : `/${r.wasmThreads}`}`)).toEqual([
      'webgpu',
      'webgl',
      'wasm/2',
      'wasm/1',
      'cpu',
    ]);
    expect(cellOf(page.matmulTable, 'wasm', '256').textContent).toBe('33.5');
    expect(cellOf(page.matmulTable, 'wasm', '256').dataset['value']).toBe('33.55');
    expect(page.matmulTable.querySelector('tr[data-row="wasm"] [data-note]')?.textContent).toBe(' (2 threads)');
    expect(cellOf(page.matmulTable, 'wasm-one-thread', '1024').dataset['value']).toBe('14.3');
    expect(page.matmulTable.querySelector('tr[data-row="wasm-one-thread"] [data-note]')?.textContent).toBe(' (1 thread; what lessons use)');
    const kernelDefaults = [...page.matmulTable.querySelectorAll<HTMLElement>('tr[data-kernel-default]')].map((row) => row.dataset['row']);
    expect(kernelDefaults).toEqual(['webgpu', 'webgl', 'wasm-one-thread', 'cpu']);
    expect(page.matmulTable.querySelector<HTMLElement>('tr[data-row="wasm-kernel"]')?.hidden).toBe(true);
    expect(page.trainingTable.querySelector('tr[data-row="wasm"] [data-note]')?.textContent).toBe(' (2 threads)');
    expect(cellOf(page.matmulTable, 'webgpu', '512').textContent).toBe('not available in this browser');
    expect(cellOf(page.matmulTable, 'cpu', '1024').textContent).toBe('failed: worker crashed');
    expect(page.notes.textContent).toMatch(/software renderer/);
    expect(page.status.dataset['state']).toBe('finished');
    expect(page.status.textContent).toMatch(/^Finished in \d+\.\d s\.$/);
    expect(page.buttons[0]?.disabled).toBe(false);
    expect(page.backends.disabled).toBe(false);
  });

  it('measures only the chosen backend and reports the median training run', async () => {
    script.set('wasm/2', [
      { type: 'backend', backend: 'wasm', available: true },
      {
        type: 'train',
        run: 'warm-up',
        samples: 1438,
        epochs: 1,
        fitMs: 200,
        totalMs: 260,
        fitSamplesPerSecond: 7190,
        finalLoss: 1.2,
        runs: 1,
      },
      {
        type: 'train',
        run: 'measured',
        samples: 1438,
        epochs: 15,
        fitMs: 1500,
        totalMs: 1520,
        fitSamplesPerSecond: 14380,
        finalLoss: 0.0241,
        runs: 3,
      },
    ]);
    const page = parts('wasm');
    await measureTraining(page);
    expect(requests).toEqual([
      { type: 'train', backend: 'wasm', epochs: 15, batchSize: 32, wasmThreads: 2 },
      { type: 'train', backend: 'wasm', epochs: 15, batchSize: 32, wasmThreads: 1 },
    ]);
    expect(cellOf(page.trainingTable, 'wasm', 'samples-per-second').textContent).toBe('14,380');
    expect(cellOf(page.trainingTable, 'wasm', 'seconds').textContent).toBe('1.50');
    expect(cellOf(page.trainingTable, 'wasm', 'loss').textContent).toBe('0.024');
    expect(page.trainingTable.querySelector<HTMLElement>('tr[data-row="wasm"]')?.dataset['totalMs']).toBe('1520');
    expect(cellOf(page.trainingTable, 'cpu', 'seconds').textContent).toBe('–'); // not chosen, untouched
  });

  it("on more than 2 cores also measures WASM on the kernel's count (every core but one) and marks that row", async () => {
    script.set('wasm/7', [{ type: 'backend', backend: 'wasm', available: true, wasmThreads: 7 }]);
    const page = parts('wasm', { everyCore: 8, kernel: 7 });
    await measureMatmul(page);
    expect(requests.map((r) => r.wasmThreads)).toEqual([8, 7, 1]);
    const kernelRow = page.matmulTable.querySelector<HTMLElement>('tr[data-row="wasm-kernel"]');
    expect(kernelRow?.hidden).toBe(false);
    expect(kernelRow?.hasAttribute('data-kernel-default')).toBe(true);
    expect(kernelRow?.querySelector('[data-note]')?.textContent).toBe(' (7 threads; what lessons use)');
    expect(page.matmulTable.querySelector('tr[data-row="wasm"]')?.hasAttribute('data-kernel-default')).toBe(false);
  });
});
