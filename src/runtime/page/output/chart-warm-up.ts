/**
 * Warms the chart code before the first real chart needs it. The longest main-thread task of a
 * page's first training run was its first `new uPlot(…)`: uPlot's functions compiled on first
 * call, its stylesheet matched for the first time, the plot's DOM and canvas laid out. Drawing one
 * tiny line chart off-screen, through the same LineChartView code a real chart takes, does that
 * work in an idle moment instead (while the kernel worker is still loading tfjs), so the run's
 * first chart costs what every later one costs.
 */
import type { UPlotConstructor } from './chart-library';
import { LineChartView } from './line-chart-view';

/** Draws and destroys one off-screen line chart with `library`; resolves once it is gone. */
export async function warmUpChart(library: UPlotConstructor, doc: Document = document): Promise<void> {
  const host = doc.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  // Laid out (so the plot measures and draws as a real one does) but never seen or hit.
  Object.assign(host.style, {
    position: 'fixed',
    left: '-10000px',
    top: '0',
    width: '480px',
    height: '320px',
    visibility: 'hidden',
    pointerEvents: 'none',
    contain: 'strict',
  });
  const view = new LineChartView({ kind: 'line-create', id: 'warm-up', title: '', series: ['a', 'b'], xLabel: 'step', yLabel: '' }, () =>
    Promise.resolve(library),
  );
  doc.body.append(host);
  host.append(view.element);
  try {
    view.add([
      { x: 1, y: [1, 0.5] },
      { x: 2, y: [0.5, 0.75] },
    ]);
    view.attach();
    // The view creates its plot once its loader's promise settles, a microtask after this one.
    await Promise.resolve();
    view.add([{ x: 3, y: [0.25, 0.9] }]);
    view.draw();
  } finally {
    view.destroy();
    host.remove();
  }
}
