// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type uPlot from 'uplot';
import type { UPlotConstructor } from '../../../../src/runtime/page/output/chart-library';
import { MAX_BLOCKS_PER_FRAME, OutputView } from '../../../../src/runtime/page/output/output-view';
import { mountCell } from '../mount-cell';

/** Stands in for uPlot: records what the view asks of it. */
class FakePlot {
  static created: FakePlot[] = [];
  data: uPlot.AlignedData;
  setDataCalls = 0;
  destroyed = false;
  width: number;
  constructor(
    public opts: uPlot.Options,
    data: uPlot.AlignedData,
    public target: HTMLElement,
  ) {
    this.data = data;
    this.width = opts.width;
    target.append(Object.assign(document.createElement('canvas'), { className: 'fake-plot' }));
    FakePlot.created.push(this);
  }
  setData(data: uPlot.AlignedData) {
    this.data = data;
    this.setDataCalls += 1;
  }
  setSize() {}
  destroy() {
    this.destroyed = true;
  }
}

function setup() {
  document.body.replaceChildren();
  const root = mountCell('out', '').output;
  const frames: Array<() => void> = [];
  const view = new OutputView(root, {
    loadChartLibrary: () => Promise.resolve(FakePlot as unknown as UPlotConstructor),
    requestFrame: (callback) => frames.push(callback),
  });
  /** Runs pending animation frames (after letting the chart library promise settle). */
  const paint = async () => {
    await Promise.resolve();
    for (const frame of frames.splice(0)) frame();
  };
  return { root, view, frames, paint };
}

beforeEach(() => {
  FakePlot.created = [];
});

describe('OutputView', () => {
  it('keeps the Output attributes and coalesces many messages into one frame', async () => {
    const { root, view, frames, paint } = setup();
    for (let i = 0; i < 5; i++) view.render({ kind: 'console', lines: [{ level: 'log', parts: ['line', String(i)] }] });
    expect(frames).toHaveLength(1);
    expect(root.children).toHaveLength(0);
    await paint();
    expect(root.querySelectorAll('.out-line')).toHaveLength(5);
    expect(root.textContent).toContain('line 4');
    expect(root.getAttribute('role')).toBe('log');
    expect(root.getAttribute('aria-label')).toBe('Output');
    expect(root.getAttribute('aria-live')).toBe('polite');
    expect(root.tabIndex).toBe(0);
  });

  it('brings its own styles once, however many Outputs there are', () => {
    setup();
    setup();
    const styles = document.head.querySelectorAll('style[data-runfirst-styles="output"]');
    // (Vitest imports CSS as empty text; e2e/output.spec.ts checks the styles apply in the browser.)
    expect(styles).toHaveLength(1);
  });

  it('spreads a burst of output over several frames', async () => {
    const { root, view, frames, paint } = setup();
    const lines = Array.from({ length: 600 }, (_, i) => ({ level: 'log' as const, parts: [String(i)] }));
    view.render({ kind: 'console', lines });
    view.render({ kind: 'line-create', id: 'late', title: 'Late', series: ['v'], xLabel: 'step', yLabel: '' });
    await paint();
    expect(root.querySelectorAll('.out-line')).toHaveLength(MAX_BLOCKS_PER_FRAME);
    expect(frames).toHaveLength(1);
    await paint();
    await paint();
    expect(root.querySelectorAll('.out-line')).toHaveLength(600);
    expect(root.lastElementChild?.getAttribute('aria-label')).toBe('Line chart: Late');
    expect(FakePlot.created).toHaveLength(1);
    expect(frames).toHaveLength(0);
  });

  it('styles console lines per level and names warnings and errors in words', async () => {
    const { root, view, paint } = setup();
    view.render({
      kind: 'console',
      lines: [
        { level: 'info', parts: ['i'] },
        { level: 'warn', parts: ['careful'] },
        { level: 'error', parts: ['broken'] },
        { level: 'debug', parts: ['d'] },
      ],
    });
    await paint();
    const lines = [...root.querySelectorAll('.out-line')];
    expect(lines.map((l) => l.className)).toEqual(['out-line out-info', 'out-line out-warn', 'out-line out-error', 'out-line out-debug']);
    expect(lines[1]?.textContent).toBe('Warning: careful');
    expect(lines[2]?.textContent).toBe('Error: broken');
  });

  it('shows one cap note and updates it in place', async () => {
    const { root, view, paint } = setup();
    view.render({ kind: 'suppressed', count: 10, total: 1010 });
    view.render({ kind: 'suppressed', count: 99_000, total: 100_000 });
    await paint();
    const notes = root.querySelectorAll('.out-suppressed');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.textContent).toBe(
      '99,000 more lines not shown (100,000 printed in all). Print less often, e.g. every 100th step, to see everything.',
    );
  });

  it('draws a line chart with an accessible name and updates it in place', async () => {
    const { root, view, paint } = setup();
    view.render({ kind: 'line-create', id: 'c1', title: 'Loss', series: ['loss', 'val_loss'], xLabel: 'epoch', yLabel: '' });
    await paint();
    const figure = root.querySelector('figure')!;
    expect(figure.getAttribute('aria-label')).toBe('Line chart: Loss');
    expect(figure.querySelector('figcaption')?.textContent).toBe('Loss');
    expect(FakePlot.created).toHaveLength(1);
    const plot = FakePlot.created[0]!;
    expect(plot.opts.series.map((s) => s.label)).toEqual(['epoch', 'loss', 'val_loss']);
    view.render({ kind: 'line-points', id: 'c1', points: [{ x: 1, y: [0.9, null] }] });
    view.render({ kind: 'line-points', id: 'c1', points: [{ x: 2, y: [0.5, 0.6] }] });
    await paint();
    expect(root.querySelectorAll('figure')).toHaveLength(1);
    expect(FakePlot.created).toHaveLength(1);
    expect(plot.data).toEqual([
      [1, 2],
      [0.9, 0.5],
      [null, 0.6],
    ]);
    // Created with its data (not rendered a second time on attach), then one update for both points.
    expect(plot.setDataCalls).toBe(1);
    expect(figure.querySelector('.out-visually-hidden')?.textContent).toBe('2 points. Latest: loss 0.5, val_loss 0.6.');
  });

  it('ignores points for an unknown chart', async () => {
    const { root, view, paint } = setup();
    view.render({ kind: 'line-points', id: 'nope', points: [{ x: 1, y: [1] }] });
    await paint();
    expect(root.children).toHaveLength(0);
  });

  it('draws a scatter plot with one point series per class, sorted by x', async () => {
    const { root, view, paint } = setup();
    view.render({
      kind: 'scatter',
      id: 's1',
      title: 'Moons',
      xLabel: 'x1',
      yLabel: 'x2',
      x: new Float64Array([3, 1, 2]),
      y: new Float64Array([30, 10, 20]),
      labels: new Int32Array([1, 0, 1]),
    });
    await paint();
    expect(root.querySelector('figure')?.getAttribute('aria-label')).toBe('Scatter plot: Moons');
    const plot = FakePlot.created[0]!;
    expect(plot.data).toEqual([
      [1, 2, 3],
      [10, null, null],
      [null, 20, 30],
    ]);
    expect(plot.opts.series.slice(1).map((s) => s.label)).toEqual(['class 0', 'class 1']);
    expect(root.textContent).toContain('3 points in 2 classes.');
  });

  it('says so when the chart library cannot load', async () => {
    document.body.replaceChildren();
    const root = mountCell('out', '').output;
    const view = new OutputView(root, { loadChartLibrary: () => Promise.reject(new Error('offline')), requestFrame: (cb) => cb() });
    view.render({ kind: 'line-create', id: 'c', title: 'Loss', series: ['loss'], xLabel: 'step', yLabel: '' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(root.textContent).toContain('The chart could not be drawn: offline');
  });

  it('renders an image grid with labels and a text alternative', async () => {
    const { root, view, paint } = setup();
    view.render({
      kind: 'images',
      id: 'i1',
      title: 'Digits',
      count: 2,
      height: 1,
      width: 1,
      columns: 10,
      pixels: new Uint8ClampedArray([0, 0, 0, 255, 255, 255, 255, 255]),
      labels: ['3', '7'],
      total: 5,
    });
    await paint();
    const figure = root.querySelector('figure')!;
    expect(figure.getAttribute('aria-label')).toBe('Image grid: Digits');
    expect(figure.querySelectorAll('canvas')).toHaveLength(2);
    expect([...figure.querySelectorAll('.out-image-label')].map((l) => l.textContent)).toEqual(['3', '7']);
    expect(figure.textContent).toContain('2 images of 1 × 1 pixels, labelled 3, 7.');
    expect(figure.textContent).toContain('Showing the first 2 of 5 images.');
  });

  it('renders a table with caption, headers and a cap note', async () => {
    const { root, view, paint } = setup();
    view.render({ kind: 'table', id: 't1', title: 'Results', columns: ['model', 'acc'], rows: [['mlp', '0.97']], totalRows: 600 });
    await paint();
    const table = root.querySelector('table')!;
    expect(table.querySelector('caption')?.textContent).toBe('Results');
    expect([...table.querySelectorAll('th[scope=col]')].map((th) => th.textContent)).toEqual(['model', 'acc']);
    expect(table.querySelector('tbody td')?.textContent).toBe('mlp');
    expect(root.textContent).toContain('Showing the first 1 of 600 rows.');
  });

  it('renders a heatmap as an annotated, coloured table with a summary', async () => {
    const { root, view, paint } = setup();
    view.render({
      kind: 'heatmap',
      id: 'h1',
      title: 'Confusion',
      rows: 2,
      columns: 2,
      values: new Float64Array([5, 1, 0, 7]),
      xLabels: ['cat', 'dog'],
      yLabels: ['cat', 'dog'],
    });
    await paint();
    const figure = root.querySelector('figure')!;
    expect(figure.getAttribute('aria-label')).toBe('Heatmap: Confusion');
    const cells = [...figure.querySelectorAll('tbody td')] as HTMLElement[];
    expect(cells.map((c) => c.textContent)).toEqual(['5', '1', '0', '7']);
    expect(cells[3]?.style.backgroundColor).not.toBe(cells[2]?.style.backgroundColor);
    expect([...figure.querySelectorAll('th[scope=row]')].map((th) => th.textContent)).toEqual(['cat', 'dog']);
    expect(figure.textContent).toContain('2 × 2 values from 0 to 7; the largest is at row dog, column dog.');
  });

  it('shows a native progress bar named by its label and moves it in place', async () => {
    const { root, view, paint } = setup();
    view.render({ kind: 'progress-create', id: 'p1', label: 'Training', total: 20 });
    await paint();
    const bar = root.querySelector('progress')!;
    const label = () => root.querySelector(`label[for="${bar.id}"]`)?.textContent;
    expect(label()).toBe('Training: 0% — estimating time left');
    view.render({ kind: 'progress-update', id: 'p1', done: 5, total: 20, etaMs: 12_400, label: 'Training — epoch 1 of 4' });
    view.render({ kind: 'progress-update', id: 'p1', done: 9, total: 20, etaMs: 3_000 });
    await paint();
    expect(root.querySelectorAll('progress')).toHaveLength(1);
    expect(bar.value).toBe(9);
    expect(bar.max).toBe(20);
    expect(label()).toBe('Training — epoch 1 of 4: 45% — about 3 s left');
    view.render({ kind: 'progress-done', id: 'p1', elapsedMs: 3_210 });
    await paint();
    expect(bar.value).toBe(20);
    expect(label()).toBe('Training — epoch 1 of 4: done in 3.2 s');
  });

  it('redraws nothing else in the frame that creates a plot, and catches up on the next frame', async () => {
    const { root, view, paint } = setup();
    view.render({ kind: 'progress-create', id: 'p1', label: 'Training', total: 20 });
    await paint();
    const bar = root.querySelector('progress')!;
    view.render({ kind: 'line-create', id: 'c1', title: 'Loss', series: ['loss'], xLabel: 'epoch', yLabel: '' });
    view.render({ kind: 'progress-update', id: 'p1', done: 5, total: 20, etaMs: 1_000 });
    await paint();
    expect(FakePlot.created).toHaveLength(1);
    expect(bar.value).toBe(0);
    await paint();
    expect(bar.value).toBe(5);
    expect(FakePlot.created).toHaveLength(1);
  });

  it('renders errors with their line and detail, and notices', async () => {
    const { root, view, paint } = setup();
    view.render({ kind: 'error', name: 'TypeError', message: 'x is not a function', line: 3, column: 5, detail: 'at cell:3:5' });
    view.render({ kind: 'notice', level: 'warn', text: 'This run left 2 tensors.' });
    await paint();
    expect(root.querySelector('.out-error-summary')?.textContent).toBe('TypeError: x is not a function (line 3, column 5)');
    expect(root.querySelector('.out-detail')?.textContent).toBe('at cell:3:5');
    expect(root.querySelector('.out-notice-warn')?.textContent).toBe('This run left 2 tensors.');
  });

  it('clear() empties the Output and destroys its charts', async () => {
    const { root, view, paint } = setup();
    view.render({ kind: 'line-create', id: 'c1', title: 'Loss', series: ['loss'], xLabel: 'step', yLabel: '' });
    view.render({ kind: 'console', lines: [{ level: 'log', parts: ['x'] }] });
    await paint();
    view.clear();
    expect(root.children).toHaveLength(0);
    expect(FakePlot.created[0]?.destroyed).toBe(true);
    view.render({ kind: 'line-points', id: 'c1', points: [{ x: 1, y: [1] }] });
    await paint();
    expect(root.children).toHaveLength(0);
  });

  it('whenRendered resolves after the frame that shows the content', async () => {
    document.body.replaceChildren();
    const root = mountCell('out', '').output;
    const view = new OutputView(root, { requestFrame: (cb) => setTimeout(cb, 0) });
    view.render({ kind: 'notice', level: 'info', text: 'hello' });
    expect(root.textContent).toBe('');
    await view.whenRendered();
    expect(root.textContent).toBe('hello');
  });
});
