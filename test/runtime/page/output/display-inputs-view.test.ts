// @vitest-environment happy-dom
/**
 * The page side of issue 10's displays: heatmap cells that show their examples (click, Enter,
 * arrow keys), captioned galleries named image by image, the reliability diagram's summary, and
 * the drawing pad (keyboard drawing, throttled sends, results in place, stopping with its kernel).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutputView } from '../../../../src/runtime/page/output/output-view';
import { SEND_INTERVAL_MS } from '../../../../src/runtime/page/output/draw-pad-view';
import type { HeatmapMessage } from '../../../../src/runtime/display/protocol';
import { mountCell } from '../mount-cell';

function setup(sendInput?: (padId: string, pixels: Float32Array) => boolean) {
  document.body.replaceChildren();
  const root = mountCell('out', '').output;
  const frames: Array<() => void> = [];
  const view = new OutputView(root, { requestFrame: (callback) => frames.push(callback), ...(sendInput ? { sendInput } : {}) });
  const paint = () => {
    for (const frame of frames.splice(0)) frame();
  };
  return { root, view, paint };
}

/** A 2 × 2 confusion matrix whose cell (0, 1) has one 1 × 1 example and (1, 1) two. */
const confusion: HeatmapMessage = {
  kind: 'heatmap',
  id: 'h1',
  title: 'Confusion',
  rows: 2,
  columns: 2,
  values: new Float64Array([3, 1, 0, 2]),
  xLabels: ['cat', 'dog'],
  yLabels: ['cat', 'dog'],
  xTitle: 'predicted',
  yTitle: 'true',
  examples: {
    height: 1,
    width: 1,
    offsets: new Int32Array([0, 0, 1, 1, 3]),
    totals: new Int32Array([3, 1, 0, 5]),
    pixels: new Uint8ClampedArray(3 * 4).fill(255),
    captions: ['#7', '#2', '#9'],
  },
};

afterEach(() => vi.useRealTimers());

describe('heatmap with examples', () => {
  it('heads the table with the axis titles and names each cell by row, column, value and images', () => {
    const { root, view, paint } = setup();
    view.render(confusion);
    paint();
    const figure = root.querySelector('figure')!;
    expect([...figure.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['predicted', 'true', 'cat', 'dog']);
    const buttons = [...figure.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'true cat, predicted cat: 3; 3 images',
      'true cat, predicted dog: 1; 1 image',
      'true dog, predicted cat: 0; 0 images',
      'true dog, predicted dog: 2; 5 images',
    ]);
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1, -1]);
  });

  it('shows a cell’s examples below on click, with captions and the cap note', () => {
    const { root, view, paint } = setup();
    view.render(confusion);
    paint();
    const buttons = [...root.querySelectorAll('button')];
    buttons[3]!.click();
    const panel = root.querySelector('.out-heatmap-examples')!;
    const gallery = panel.querySelector('figure')!;
    expect(gallery.getAttribute('aria-label')).toBe('Image grid: Examples: true dog, predicted dog');
    expect([...gallery.querySelectorAll('canvas')].map((c) => c.getAttribute('aria-label'))).toEqual(['#2', '#9']);
    expect(panel.textContent).toContain('Showing the first 2 of 5 images.');
    expect(buttons[3]!.getAttribute('aria-pressed')).toBe('true');
    buttons[2]!.click();
    expect(panel.textContent).toContain('No examples in this cell.');
    expect(buttons[3]!.getAttribute('aria-pressed')).toBe('false');
  });

  it('moves between cells with the arrow keys, Home and End (one tab stop)', () => {
    const { root, view, paint } = setup();
    view.render(confusion);
    paint();
    const buttons = [...root.querySelectorAll('button')];
    const press = (key: string) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    buttons[0]!.focus();
    press('ArrowRight');
    expect(document.activeElement).toBe(buttons[1]);
    press('ArrowDown');
    expect(document.activeElement).toBe(buttons[3]);
    press('Home');
    expect(document.activeElement).toBe(buttons[2]);
    press('ArrowUp');
    expect(document.activeElement).toBe(buttons[0]);
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1, -1]);
  });
});

describe('captioned gallery', () => {
  it('names each image by its caption and keeps the caption visible', () => {
    const { root, view, paint } = setup();
    view.render({
      kind: 'images',
      id: 'i',
      title: 'Worst mistakes',
      count: 2,
      height: 1,
      width: 1,
      columns: 2,
      pixels: new Uint8ClampedArray(8),
      labels: ['a 3, read as 5 (97%)', ''],
      total: 2,
    });
    paint();
    const canvases = [...root.querySelectorAll('canvas')];
    expect(canvases.map((c) => [c.getAttribute('role'), c.getAttribute('aria-label')])).toEqual([
      ['img', 'a 3, read as 5 (97%)'],
      ['img', 'Image 2'],
    ]);
    expect(root.querySelector('.out-image-grid')?.getAttribute('aria-hidden')).toBeNull();
    expect(root.querySelector('.out-image-label')?.textContent).toBe('a 3, read as 5 (97%)');
  });
});

describe('reliability diagram', () => {
  it('draws a bar per non-empty bin and prints the ECE', () => {
    const { root, view, paint } = setup();
    view.render({
      kind: 'reliability',
      id: 'r',
      title: 'Calibration',
      counts: new Int32Array([0, 3]),
      confidence: new Float64Array([0, 0.8]),
      accuracy: new Float64Array([0, 2 / 3]),
      ece: 0.1333,
      total: 3,
    });
    paint();
    const figure = root.querySelector('figure')!;
    expect(figure.getAttribute('aria-label')).toBe('Reliability diagram: Calibration');
    expect(figure.querySelectorAll('.out-reliability-bar')).toHaveLength(1);
    expect(figure.querySelector('.out-reliability-summary')?.textContent).toBe('ECE 0.133 over 3 predictions in 2 bins.');
    expect(figure.textContent).toContain('Confidence 0.5–1: 3 predictions, mean confidence 0.800, accuracy 0.667.');
  });
});

describe('drawing pad', () => {
  const create = { kind: 'drawpad-create', id: 'pad', title: 'Draw a digit', size: 4 } as const;

  it('draws with the keyboard and sends each change, throttled', () => {
    vi.useFakeTimers();
    const sent: Float32Array[] = [];
    const { root, view, paint } = setup((_id, pixels) => sent.push(pixels) > 0);
    view.render(create);
    paint();
    const canvas = root.querySelector('canvas')!;
    expect(canvas.getAttribute('aria-label')).toBe('Drawing area, 4 × 4 cells');
    const press = (key: string) => canvas.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    const pen = () => root.querySelector('.out-drawpad-pen')?.textContent;
    expect(pen()).toBe('Pen at row 1, column 1, up; 0 of 16 cells inked.');
    press('ArrowRight');
    press(' ');
    vi.advanceTimersByTime(0);
    expect(sent).toHaveLength(1);
    expect(sent[0]![1]).toBe(1);
    press('p');
    press('ArrowDown');
    press('ArrowDown');
    expect(pen()).toBe('Pen at row 3, column 2, down; 3 of 16 cells inked.');
    // The changes within one interval go as one drawing.
    vi.advanceTimersByTime(SEND_INTERVAL_MS);
    expect(sent).toHaveLength(2);
    expect([sent[1]![1], sent[1]![5], sent[1]![9]]).toEqual([1, 1, 1]);
    press('Delete');
    vi.advanceTimersByTime(SEND_INTERVAL_MS);
    expect(sent.at(-1)!.every((v) => v === 0)).toBe(true);
  });

  it('shows the results in place and the drawing the kernel set', () => {
    const { root, view, paint } = setup(() => true);
    view.render(create);
    paint();
    view.render({ kind: 'drawpad-result', id: 'pad', status: 'ok', text: '', labels: ['0', '1'], values: new Float64Array([0.2, 0.8]) });
    view.render({ kind: 'drawpad-result', id: 'pad', status: 'ok', text: '', labels: ['0', '1'], values: new Float64Array([0.9, 0.1]) });
    const result = root.querySelector('.out-drawpad-result')!;
    expect(result.querySelectorAll('figure')).toHaveLength(1);
    expect(result.querySelector('figure')?.getAttribute('aria-label')).toBe('Bar chart: onChange result');
    expect(result.textContent).toContain('Largest: 0 0.9');
    view.render({
      kind: 'drawpad-result',
      id: 'pad',
      status: 'error',
      text: 'onChange threw TypeError: nope',
      labels: [],
      values: new Float64Array(0),
    });
    expect(result.textContent).toBe('onChange threw TypeError: nope');
    view.render({ kind: 'drawpad-set', id: 'pad', pixels: new Float32Array(16).fill(1) });
    expect(root.querySelector('.out-drawpad-pen')?.textContent).toContain('16 of 16 cells inked');
  });

  it('stops when its kernel is gone, and says so', () => {
    vi.useFakeTimers();
    const { root, view, paint } = setup(() => false);
    view.render(create);
    paint();
    const canvas = root.querySelector('canvas')!;
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    vi.advanceTimersByTime(SEND_INTERVAL_MS);
    expect(canvas.getAttribute('aria-disabled')).toBe('true');
    expect(root.querySelector('.out-drawpad-result')?.textContent).toBe(
      'This drawing pad stopped with its kernel. Run the cell again to draw.',
    );
    expect(root.querySelector<HTMLButtonElement>('.out-drawpad-clear')?.disabled).toBe(true);
  });
});
