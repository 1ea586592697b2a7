// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type uPlot from 'uplot';
import { preloadChartLibraryWhenIdle, type UPlotConstructor } from '../../../../src/runtime/page/output/chart-library.ts';
import { warmUpChart } from '../../../../src/runtime/page/output/chart-warm-up.ts';

/** Records what the warm-up does with the library, and whether the host was in the page then. */
class RecordingPlot {
  static created: RecordingPlot[] = [];
  inPage: boolean;
  setData = vi.fn();
  destroyed = false;
  width: number;
  constructor(
    public opts: uPlot.Options,
    public data: uPlot.AlignedData,
    public target: HTMLElement,
  ) {
    this.data = structuredClone(data);
    this.width = opts.width;
    this.inPage = target.isConnected;
    RecordingPlot.created.push(this);
  }
  setSize() {}
  destroy() {
    this.destroyed = true;
  }
}
const library = RecordingPlot as unknown as UPlotConstructor;

describe('warmUpChart', () => {
  it('creates, updates and destroys one line chart in the page, then leaves nothing behind', async () => {
    RecordingPlot.created = [];
    const before = document.body.innerHTML;
    await warmUpChart(library);
    expect(RecordingPlot.created).toHaveLength(1);
    const plot = RecordingPlot.created[0]!;
    expect(plot.inPage, 'laid out like a real chart').toBe(true);
    expect(plot.data).toEqual([
      [1, 2],
      [1, 0.5],
      [0.5, 0.75],
    ]);
    expect(plot.setData).toHaveBeenCalledWith([
      [1, 2, 3],
      [1, 0.5, 0.25],
      [0.5, 0.75, 0.9],
    ]);
    expect(plot.destroyed).toBe(true);
    expect(document.body.innerHTML).toBe(before);
  });

  it('is hidden from assistive technology and input while it exists', async () => {
    RecordingPlot.created = [];
    await warmUpChart(library);
    const host = RecordingPlot.created[0]!.target.closest('figure')?.parentElement;
    expect(host?.getAttribute('aria-hidden')).toBe('true');
    expect(host?.inert).toBe(true);
    expect(host?.style.visibility).toBe('hidden');
    expect(host?.style.pointerEvents).toBe('none');
  });

  it('removes its chart even when drawing throws', async () => {
    const before = document.body.innerHTML;
    class Throwing extends RecordingPlot {
      override setData = vi.fn(() => {
        throw new Error('no canvas');
      });
    }
    await expect(warmUpChart(Throwing as unknown as UPlotConstructor)).rejects.toThrow('no canvas');
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('preloadChartLibraryWhenIdle with a warm-up', () => {
  it('warms up with the loaded library in a second idle moment, not in the one that loads it', async () => {
    const idle: Array<() => void> = [];
    const warmUp = vi.fn(() => Promise.resolve());
    preloadChartLibraryWhenIdle(
      () => Promise.resolve(library),
      { requestIdleCallback: (cb) => idle.push(cb), setTimeout: vi.fn() },
      warmUp,
    );
    idle.shift()?.();
    await Promise.resolve();
    expect(warmUp).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1);
    idle.shift()?.();
    expect(warmUp).toHaveBeenCalledWith(library);
  });

  it('swallows a failed warm-up', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const warmUp = vi.fn(() => Promise.reject(new Error('no canvas')));
    preloadChartLibraryWhenIdle(() => Promise.resolve(library), { requestIdleCallback: (cb) => (cb(), 1), setTimeout: vi.fn() }, warmUp);
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off('unhandledRejection', unhandled);
    expect(warmUp).toHaveBeenCalledOnce();
    expect(unhandled).not.toHaveBeenCalled();
  });
});
