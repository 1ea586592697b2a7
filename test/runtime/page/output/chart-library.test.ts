import { describe, expect, it, vi } from 'vitest';
import { preloadChartLibraryWhenIdle, type UPlotConstructor } from '../../../../src/runtime/page/output/chart-library.ts';

const loader = () => vi.fn(() => Promise.resolve({} as UPlotConstructor));

describe('preloadChartLibraryWhenIdle', () => {
  it('loads the chart library in an idle callback, not at once', () => {
    const load = loader();
    let idle: (() => void) | undefined;
    const requestIdleCallback = vi.fn((callback: () => void) => ((idle = callback), 1));
    preloadChartLibraryWhenIdle(load, { requestIdleCallback, setTimeout: vi.fn() });
    expect(load).not.toHaveBeenCalled();
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 2000 });
    idle?.();
    expect(load).toHaveBeenCalledOnce();
  });

  it('falls back to a short timer where there is no requestIdleCallback', () => {
    const load = loader();
    let later: (() => void) | undefined;
    const setTimeout = vi.fn((callback: () => void) => (later = callback));
    preloadChartLibraryWhenIdle(load, { setTimeout });
    expect(load).not.toHaveBeenCalled();
    later?.();
    expect(load).toHaveBeenCalledOnce();
  });

  it('swallows a failed preload (the first chart loads again and reports it)', async () => {
    const load = vi.fn(() => Promise.reject(new Error('offline')));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    preloadChartLibraryWhenIdle(load, { requestIdleCallback: (callback) => (callback(), 1), setTimeout: vi.fn() });
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off('unhandledRejection', unhandled);
    expect(load).toHaveBeenCalledOnce();
    expect(unhandled).not.toHaveBeenCalled();
  });
});
