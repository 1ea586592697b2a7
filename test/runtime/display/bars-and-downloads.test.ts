// @vitest-environment happy-dom
/**
 * show.bars from the worker side (input checks, what it posts) to the page (the figure and its
 * summary), and the download link models.save(model, 'downloads://name') puts in the Output.
 */
import { resolveObjectURL } from 'node:buffer';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayMessages } from '../../../src/runtime/display/messages';
import { isDisplayMessage, type BarsMessage, type DisplayMessage } from '../../../src/runtime/display/protocol';
import { MAX_BARS } from '../../../src/runtime/kernel/display/bars-input';
import { createLearnerDisplay } from '../../../src/runtime/kernel/display/learner-display';
import { OutputView } from '../../../src/runtime/page/output/output-view';
import { mountCell } from '../page/mount-cell';
import { nodeLessonOutput } from '../../lessons/claims/node-output';
import type { LessonRun } from '../../lessons/run-lesson-cells';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function display() {
  const posted: DisplayMessage[] = [];
  const learner = createLearnerDisplay((message) => {
    expect(isDisplayMessage(message)).toBe(true);
    expect(isDisplayMessage(structuredClone(message))).toBe(true);
    posted.push(message);
  }, tf);
  const bars = () => posted.filter((m): m is BarsMessage => m.kind === 'bars');
  return { learner, posted, bars };
}

function output() {
  document.body.replaceChildren();
  const root = mountCell('out', '').output;
  const frames: Array<() => void> = [];
  const view = new OutputView(root, { requestFrame: (callback) => frames.push(callback) });
  const paint = () => {
    for (const frame of frames.splice(0)) frame();
  };
  return { root, view, paint };
}

const SIZES = [
  { model: 'float32', bytes: 23_456 },
  { model: 'float16', bytes: 11_728 },
  { model: 'int8', bytes: 5_864 },
];

describe('show.bars (worker side)', () => {
  it('posts one bar per row, named by x and as long as y, in the given order', () => {
    const { learner, bars } = display();
    learner.show.bars(SIZES, { x: 'model', y: 'bytes', title: 'Model size' });
    const [message] = bars();
    expect(message).toMatchObject({
      title: 'Model size',
      xLabel: 'model',
      yLabel: 'bytes',
      labels: ['float32', 'float16', 'int8'],
      total: 3,
    });
    expect(Array.from(message!.values)).toEqual([23_456, 11_728, 5_864]);
  });

  it('defaults x to the first column and y to the first other column of numbers; takes [name, value] pairs and scalar tensors', () => {
    const { learner, bars } = display();
    learner.show.bars([
      { name: 'a', note: 'x', value: 2 },
      { name: 'b', note: 'y', value: 5 },
    ]);
    expect(bars()[0]).toMatchObject({ title: 'Bar chart', xLabel: 'name', yLabel: 'value', labels: ['a', 'b'] });
    const t = tf.scalar(0.25);
    learner.show.bars([
      ['p50', 1.5],
      ['p99', t],
    ]);
    expect(bars()[1]).toMatchObject({ xLabel: '', yLabel: '', labels: ['p50', 'p99'] });
    expect(Array.from(bars()[1]!.values)).toEqual([1.5, 0.25]);
    t.dispose();
  });

  it('caps the bars at MAX_BARS and says how many there were', () => {
    const { learner, bars } = display();
    learner.show.bars(Array.from({ length: MAX_BARS + 5 }, (_, i) => ({ i: String(i), v: i })));
    expect(bars()[0]!.labels).toHaveLength(MAX_BARS);
    expect(bars()[0]!.total).toBe(MAX_BARS + 5);
  });

  it.each([
    ['not an array', () => ({ a: 1 }), displayMessages.barsRows('an object')],
    ['an empty array', () => [], displayMessages.barsRows('an array of length 0')],
    ['rows of numbers', () => [1, 2], displayMessages.barsRows('an array of length 2')],
  ])('rejects rows that are %s', (_, rows, message) => {
    expect(() => display().learner.show.bars(rows())).toThrow(message);
  });

  it('names the missing column, the column without numbers, and the row whose value is no number', () => {
    const { learner } = display();
    expect(() => learner.show.bars(SIZES, { x: 'name', y: 'bytes' })).toThrow(displayMessages.barsColumn('x', 'name', ['model', 'bytes']));
    expect(() => learner.show.bars(SIZES, { x: 'model', y: 'size' })).toThrow(displayMessages.barsColumn('y', 'size', ['model', 'bytes']));
    expect(() => learner.show.bars([{ a: 'x', b: 'y' }])).toThrow(displayMessages.barsNoValueColumn(['a', 'b']));
    expect(() =>
      learner.show.bars([
        { m: 'a', v: 1 },
        { m: 'b', v: NaN },
      ]),
    ).toThrow(displayMessages.barsValue(1, 'v', 'number NaN'));
    expect(() =>
      learner.show.bars([
        { m: 'a', v: 1 },
        { m: 'b', v: '3' },
      ]),
    ).toThrow('show.bars: row 1 has string 3 in "v"; each bar needs a finite number (or a scalar tensor).');
  });
});

describe('show.bars (page side)', () => {
  it('draws a named figure with a bar per row, lengths relative to the largest, values written out, and a summary', () => {
    const { root, view, paint } = output();
    const { learner, posted } = display();
    learner.show.bars(SIZES, { x: 'model', y: 'bytes', title: 'Model size' });
    for (const message of posted) view.render(message);
    paint();
    const figure = root.querySelector('figure.out-bars')!;
    expect(figure.getAttribute('aria-label')).toBe('Bar chart: Model size');
    expect(figure.querySelector('figcaption')?.textContent).toBe('Model size');
    const widths = [...figure.querySelectorAll<HTMLElement>('.out-bar')].map((bar) => parseFloat(bar.style.width));
    expect(widths[0]).toBe(100);
    expect(widths[1]).toBeCloseTo(50, 5);
    expect(widths[2]).toBeCloseTo(25, 5);
    expect([...figure.querySelectorAll('.out-bars-value')].map((v) => v.textContent)).toEqual(['23,456', '11,728', '5,864']);
    expect(figure.querySelector('.out-bars-rows')?.getAttribute('aria-hidden')).toBe('true');
    expect(figure.querySelector('p.out-visually-hidden')?.textContent).toBe(
      '3 bars of bytes: float32 23,456, float16 11,728, int8 5,864. Largest: float32 23,456; smallest: int8 5,864.',
    );
  });

  it('gives lesson claims the same summary in node as the page shows (run.cell(id).charts)', () => {
    const { root, view, paint } = output();
    const { learner, posted } = display();
    learner.show.bars(SIZES, { x: 'model', y: 'bytes', title: 'Model size' });
    for (const message of posted) view.render(message);
    paint();
    const displays = posted.map((message) => ({ kind: message.kind, options: message, values: [] }));
    const run = { cells: [{ cell: { id: 'sizes' }, logs: [], displays }] } as unknown as LessonRun;
    expect(nodeLessonOutput(run, 'cpu').cells[0]!.charts).toEqual([root.querySelector('figure p')?.textContent]);
  });

  it('notes a capped chart', () => {
    const { root, view, paint } = output();
    view.render({ kind: 'bars', id: 'b', title: 'T', xLabel: '', yLabel: '', labels: ['a'], values: new Float64Array([0.5]), total: 3 });
    paint();
    expect(root.querySelector('.out-note')?.textContent).toBe('Showing the first 1 of 3 bars.');
    expect(root.querySelector('p.out-visually-hidden')?.textContent).toBe('1 bar: a 0.5. Largest: a 0.5; smallest: a 0.5.');
  });
});

describe('a download in the Output', () => {
  it('is a link named for what it downloads, to a blob of the bytes sent, saved under the file name; clearing revokes it', async () => {
    const { root, view, paint } = output();
    const { learner, posted } = display();
    learner.offerDownload({
      label: 'Download digits model',
      fileName: 'digits.zip',
      mimeType: 'application/zip',
      bytes: new Uint8Array([80, 75, 3, 4]),
      description: 'digits.zip: model.json and weights.bin, 4 bytes in all.',
    });
    learner.flush();
    expect(posted.map((m) => m.kind)).toEqual(['download']);
    view.render(posted[0]!);
    paint();
    const link = root.querySelector<HTMLAnchorElement>('a.out-download-link')!;
    expect(link.textContent).toBe('Download digits model');
    expect(link.getAttribute('download')).toBe('digits.zip');
    expect(link.href).toMatch(/^blob:/);
    // (happy-dom cannot fetch blob: URLs; node's own registry holds the blob.)
    const blob = await resolveObjectURL(link.href)!.arrayBuffer();
    expect(Array.from(new Uint8Array(blob))).toEqual([80, 75, 3, 4]);
    expect(root.querySelector('.out-download .out-note')?.textContent).toContain('4 bytes');
    const revoked: string[] = [];
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      revoke(url);
    };
    view.clear();
    URL.revokeObjectURL = revoke;
    expect(revoked).toEqual([link.href]);
  });
});
