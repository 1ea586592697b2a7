// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type uPlot from 'uplot';
import type { UPlotConstructor } from '../../../../src/runtime/page/output/chart-library';
import { OutputView } from '../../../../src/runtime/page/output/output-view';
import { mountCell } from '../mount-cell';

/** Stands in for uPlot: records the options and data the views give it. */
class FakePlot {
  static created: FakePlot[] = [];
  width: number;
  constructor(
    public opts: uPlot.Options,
    public data: uPlot.AlignedData,
    target: HTMLElement,
  ) {
    this.width = opts.width;
    target.append(document.createElement('canvas'));
    FakePlot.created.push(this);
  }
  setData(data: uPlot.AlignedData) {
    this.data = data;
  }
  setSize() {}
  destroy() {}
}

async function render(messages: Parameters<OutputView['render']>[0][]) {
  document.body.replaceChildren();
  FakePlot.created = [];
  const root = mountCell('out', '').output;
  const frames: Array<() => void> = [];
  const view = new OutputView(root, {
    loadChartLibrary: () => Promise.resolve(FakePlot as unknown as UPlotConstructor),
    requestFrame: (callback) => frames.push(callback),
  });
  for (const message of messages) view.render(message);
  for (let i = 0; i < 4; i++) {
    await Promise.resolve();
    for (const frame of frames.splice(0)) frame();
  }
  return root;
}

describe('the latency chart and log axes in the Output', () => {
  it('draws each run over a log latency axis, named and summarised', async () => {
    const root = await render([
      {
        kind: 'latency',
        id: 'l1',
        title: 'Latency by rate',
        view: 'cdf',
        series: ['100/s', '400/s'],
        xMs: new Float64Array([1, 10, 100]),
        values: new Float64Array([0.5, 1, 1, 0.1, 0.6, 1]),
        percentiles: [
          { p50: 1, p99: 9, max: 10 },
          { p50: 8, p99: 95, max: 100 },
        ],
      },
    ]);
    const figure = root.querySelector('figure');
    expect(figure?.getAttribute('aria-label')).toBe('Latency chart: Latency by rate');
    expect(figure?.textContent).toContain('Latency CDF of 2 runs: 100/s p50 1 ms, p99 9 ms, max 10 ms; 400/s p50 8 ms');
    const plot = FakePlot.created[0];
    expect(plot?.opts.scales?.['x']).toMatchObject({ distr: 3, log: 10 });
    expect(plot?.opts.scales?.['y']).toMatchObject({ range: [0, 1] });
    expect(plot?.opts.series.map((s) => s.label)).toEqual(['latency (ms, log scale)', '100/s', '400/s']);
    expect(plot?.data).toEqual([
      [1, 10, 100],
      [0.5, 1, 1],
      [0.1, 0.6, 1],
    ]);
  });

  it('gives a line chart uPlot log scales when asked, and linear ones otherwise', async () => {
    await render([
      { kind: 'line-create', id: 'a', title: 'p99 by rate', series: ['p99'], xLabel: 'rate', yLabel: 'ms', logX: true, logY: true },
      { kind: 'line-create', id: 'b', title: 'Loss', series: ['loss'], xLabel: 'step', yLabel: '' },
    ]);
    const [logPlot, linearPlot] = FakePlot.created;
    expect(logPlot?.opts.scales?.['x']).toMatchObject({ distr: 3, log: 10 });
    expect(logPlot?.opts.scales?.['y']).toMatchObject({ distr: 3, log: 10 });
    expect(linearPlot?.opts.scales?.['x']).not.toHaveProperty('distr');
    expect(linearPlot?.opts.scales?.['y']).toBeUndefined();
  });
});
