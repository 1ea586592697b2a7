// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

const preload = vi.fn<(...args: unknown[]) => void>();
vi.mock('../../../../src/runtime/page/output/chart-library', () => ({
  CHARTS_READY_MARK: 'runfirst:charts-ready',
  loadUPlot: () => Promise.reject(new Error('not in this test')),
  preloadChartLibraryWhenIdle: (...args: unknown[]) => {
    preload(...args);
  },
}));
vi.mock('../../../../src/runtime/page/output/chart-warm-up', () => ({ warmUpChart: () => Promise.resolve() }));

describe('preloadCharts', () => {
  it('asks for the chart library once per page however often it is called, and marks when the warm-up is done', async () => {
    const { preloadCharts, CHARTS_READY_MARK } = await import('../../../../src/runtime/page/output/chart-preload');
    preloadCharts();
    preloadCharts();
    expect(preload).toHaveBeenCalledTimes(1);
    const warmUp = preload.mock.calls[0]![2] as (library: unknown) => Promise<void>;
    expect(performance.getEntriesByName(CHARTS_READY_MARK)).toHaveLength(0);
    await warmUp({});
    expect(performance.getEntriesByName(CHARTS_READY_MARK)).toHaveLength(1);
  });
});
