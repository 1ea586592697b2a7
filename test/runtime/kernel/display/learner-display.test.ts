import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLearnerDisplay } from '../../../../src/runtime/kernel/display/learner-display';
import { FLUSH_INTERVAL_MS, LINE_BATCH, MAX_LINE_CHARS, RUN_LINE_CAP } from '../../../../src/runtime/kernel/display/output-queue';
import { estimateRemainingMs } from '../../../../src/runtime/kernel/display/progress-tracker';
import { trainingSteps } from '../../../../src/runtime/kernel/display/fit-display';
import type { DisplayMessage } from '../../../../src/runtime/display/protocol';
import { isDisplayMessage } from '../../../../src/runtime/display/protocol';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

/** A display with a hand-driven clock and timers, recording every posted message. */
function harness() {
  const posted: DisplayMessage[] = [];
  let time = 0;
  const timers: Array<{ at: number; run: () => void }> = [];
  const display = createLearnerDisplay(
    (message) => {
      expect(isDisplayMessage(message)).toBe(true);
      expect(() => structuredClone(message)).not.toThrow();
      posted.push(message);
    },
    tf,
    {
      now: () => time,
      setTimer: (run, ms) => timers.push({ at: time + ms, run }),
    },
  );
  const advance = (ms: number) => {
    time += ms;
    for (const timer of timers.splice(0).filter((t) => t.at <= time)) timer.run();
  };
  const kinds = () => posted.map((m) => m.kind);
  const of = <K extends DisplayMessage['kind']>(kind: K) =>
    posted.filter((m): m is Extract<DisplayMessage, { kind: K }> => m.kind === kind);
  return { display, posted, advance, kinds, of, setTime: (t: number) => (time = t) };
}

describe('console batching and caps', () => {
  it('batches lines and posts them after the flush interval', () => {
    const h = harness();
    h.display.console.log('a', 1);
    h.display.console.warn('b');
    expect(h.posted).toHaveLength(0);
    h.advance(FLUSH_INTERVAL_MS);
    expect(h.posted).toEqual([
      {
        kind: 'console',
        lines: [
          { level: 'log', parts: ['a', '1'] },
          { level: 'warn', parts: ['b'] },
        ],
      },
    ]);
  });

  it('posts a full batch at once', () => {
    const h = harness();
    for (let i = 0; i < LINE_BATCH; i++) h.display.console.log(i);
    expect(h.of('console')).toHaveLength(1);
    expect(h.of('console')[0]?.lines).toHaveLength(LINE_BATCH);
  });

  it('caps a run at RUN_LINE_CAP lines and counts the rest in one note', () => {
    const h = harness();
    h.display.beginRun();
    let formatted = 0;
    const costly = {
      toJSON: () => 0,
      get value() {
        formatted += 1;
        return 1;
      },
    };
    for (let i = 0; i < 100_000; i++) h.display.console.log(i < RUN_LINE_CAP ? i : costly);
    h.display.flush();
    const lines = h.of('console').flatMap((m) => m.lines);
    expect(lines).toHaveLength(RUN_LINE_CAP);
    expect(formatted).toBe(0);
    expect(h.of('console').length).toBeLessThanOrEqual(RUN_LINE_CAP / LINE_BATCH + 1);
    expect(h.of('suppressed').at(-1)).toEqual({ kind: 'suppressed', count: 100_000 - RUN_LINE_CAP, total: 100_000 });
    expect(h.posted.length).toBeLessThan(20);
  });

  it('starts counting afresh for each run', () => {
    const h = harness();
    h.display.beginRun();
    for (let i = 0; i < RUN_LINE_CAP + 5; i++) h.display.console.log(i);
    h.display.flush();
    h.display.beginRun();
    h.display.console.log('next run');
    h.display.flush();
    expect(h.posted.at(-1)).toEqual({ kind: 'console', lines: [{ level: 'log', parts: ['next run'] }] });
  });

  it('keeps output live inside a synchronous loop (flushes once the interval passed)', () => {
    const h = harness();
    h.display.console.log('first');
    h.setTime(FLUSH_INTERVAL_MS + 1);
    h.display.console.log('second');
    expect(
      h
        .of('console')
        .flatMap((m) => m.lines)
        .map((l) => l.parts[0]),
    ).toEqual(['first', 'second']);
  });

  it('cuts very long lines', () => {
    const h = harness();
    h.display.console.log('x'.repeat(MAX_LINE_CHARS + 500));
    h.display.flush();
    const text = h.of('console')[0]?.lines[0]?.parts[0] ?? '';
    expect(text.startsWith('x'.repeat(MAX_LINE_CHARS))).toBe(true);
    expect(text).toContain('500 more characters not shown');
  });

  it('prints tensors and tensor.print() through the console', () => {
    const h = harness();
    const original = globalThis.console;
    const t = tf.tensor2d([
      [1, 2],
      [3, 4],
    ]);
    const before = tf.memory().numTensors;
    try {
      globalThis.console = h.display.console as unknown as Console;
      console.log('w =', t);
      t.print();
    } finally {
      globalThis.console = original;
    }
    expect(tf.memory().numTensors).toBe(before);
    t.dispose();
    h.display.flush();
    const lines = h.of('console').flatMap((m) => m.lines);
    expect(lines[0]?.parts).toEqual(['w =', 'Tensor float32 [2,2]\n[[1, 2],\n [3, 4]]']);
    expect(lines[1]?.parts.join(' ')).toContain('[[1, 2],');
  });

  it('has the rest of a console: table, group, count, time, assert', () => {
    const h = harness();
    const c = h.display.console;
    c.group('outer');
    c.log('inside');
    c.groupEnd();
    c.count();
    c.count();
    c.assert(1 === 1, 'never');
    c.assert(false, 'broken');
    c.time('t');
    h.setTime(12);
    c.timeEnd('t');
    c.table([{ a: 1 }]);
    h.display.flush();
    const texts = h
      .of('console')
      .flatMap((m) => m.lines)
      .map((l) => `${l.level}:${l.parts.join(' ')}`);
    expect(texts).toEqual([
      'log:outer',
      'log:  inside',
      'log:default: 1',
      'log:default: 2',
      'error:Assertion failed: broken',
      'log:t: 12.0 ms',
    ]);
    expect(h.of('table')[0]).toMatchObject({ columns: ['a'], rows: [['1']] });
  });
});

describe('show helpers', () => {
  it('show.line creates a chart and batches its points, x counting from 1', () => {
    const h = harness();
    const chart = h.display.show.line({ title: 'Loss', series: ['loss', 'val_loss'] });
    expect(h.posted[0]).toMatchObject({ kind: 'line-create', title: 'Loss', series: ['loss', 'val_loss'], xLabel: 'step', yLabel: '' });
    chart.push({ loss: 1 });
    const scalar = tf.scalar(0.5);
    chart.push({ loss: 0.8, val_loss: scalar });
    scalar.dispose();
    chart.push({ loss: NaN }, 10);
    expect(h.of('line-points')).toHaveLength(0);
    h.advance(FLUSH_INTERVAL_MS);
    expect(h.of('line-points')).toEqual([
      {
        kind: 'line-points',
        id: h.of('line-create')[0]?.id,
        points: [
          { x: 1, y: [1, null] },
          { x: 2, y: [0.8, 0.5] },
          { x: 10, y: [null, null] },
        ],
      },
    ]);
  });

  it('console.table takes an object of rows and falls back to a plain line', () => {
    const h = harness();
    h.display.console.table({ a: { x: 1 }, b: 2 });
    h.display.console.table(42);
    h.display.flush();
    expect(h.of('table')[0]).toMatchObject({
      columns: ['(index)', 'x', 'Values'],
      rows: [
        ['a', '1', ''],
        ['b', '', '2'],
      ],
    });
    expect(h.of('console')[0]?.lines).toEqual([{ level: 'log', parts: ['42'] }]);
  });

  it('show.line explains an unknown series and a bad value', () => {
    const h = harness();
    const chart = h.display.show.line({ series: ['loss'] });
    expect(() => chart.push(0.5 as unknown as Record<string, number>)).toThrow(
      'show.line: push takes an object with one value per series, e.g. chart.push({ loss: 0.5 }).',
    );
    expect(() => chart.push({ acc: 1 })).toThrow('"acc" is not a series of this chart. Its series are: loss.');
    expect(() => chart.push({ loss: 'high' })).toThrow('the value for "loss" must be a number or a scalar tensor, but it is string high.');
  });

  it('show.scatter reads a tensor of points and labels', () => {
    const h = harness();
    const points = tf.tensor2d([
      [0, 1],
      [2, 3],
      [4, 5],
    ]);
    const labels = tf.tensor1d([0, 1, 1], 'int32');
    const before = tf.memory().numTensors;
    h.display.show.scatter(points, labels, { title: 'Moons' });
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([points, labels]);
    const message = h.of('scatter')[0];
    expect(message?.title).toBe('Moons');
    expect(Array.from(message?.x ?? [])).toEqual([0, 2, 4]);
    expect(Array.from(message?.y ?? [])).toEqual([1, 3, 5]);
    expect(Array.from(message?.labels ?? [])).toEqual([0, 1, 1]);
    expect(() => h.display.show.scatter([[1, 2, 3]])).toThrow('show.scatter needs points of shape [n, 2]');
    expect(() => h.display.show.scatter([[1, 2]], [0, 1])).toThrow('show.scatter got 2 labels for 1 points.');
  });

  it('show.images turns grey [0,1] and 0–255 images into RGBA', () => {
    const h = harness();
    const images = tf.tensor3d([[[0, 1]], [[0.5, 0]]]);
    h.display.show.images(images, { columns: 2, labels: [3, 7] });
    images.dispose();
    const message = h.of('images')[0];
    expect(message).toMatchObject({ count: 2, height: 1, width: 2, columns: 2, labels: ['3', '7'], total: 2 });
    expect(Array.from(message?.pixels ?? []).slice(0, 8)).toEqual([0, 0, 0, 255, 255, 255, 255, 255]);
    h.display.show.images([[[[255, 0, 0]]]]);
    expect(Array.from(h.of('images')[1]?.pixels ?? [])).toEqual([255, 0, 0, 255]);
    // A [0, 1] image that overshoots 1 by rounding stays on the [0, 1] scale.
    h.display.show.images([[[1.0000001, 0.5]]]);
    expect(Array.from(h.of('images')[2]?.pixels ?? [])).toEqual([255, 255, 255, 255, 128, 128, 128, 255]);
    expect(() => h.display.show.images([1, 2])).toThrow('show.images needs a tensor of shape [n, height, width]');
  });

  it('show.images caps the grid at 100 images and reads no more than needed', () => {
    const h = harness();
    const many = tf.zeros([150, 2, 2, 1]);
    h.display.show.images(many);
    many.dispose();
    expect(h.of('images')[0]).toMatchObject({ count: 100, total: 150 });
    expect(h.of('images')[0]?.pixels.length).toBe(100 * 2 * 2 * 4);
  });

  it('show.table takes objects or arrays and formats the cells', () => {
    const h = harness();
    h.display.show.table(
      [
        { epoch: 1, loss: 0.123456 },
        { epoch: 2, acc: 'high' },
      ],
      { title: 'Runs' },
    );
    expect(h.of('table')[0]).toMatchObject({
      title: 'Runs',
      columns: ['epoch', 'loss', 'acc'],
      rows: [
        ['1', '0.1235', ''],
        ['2', '', 'high'],
      ],
      totalRows: 2,
    });
    h.display.show.table(
      [
        [1, 2],
        [3, 4],
      ],
      { columns: ['a', 'b'] },
    );
    expect(h.of('table')[1]).toMatchObject({
      columns: ['a', 'b'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
    });
    expect(() => h.display.show.table('nope')).toThrow('show.table needs an array of rows');
  });

  it('show.heatmap reads a matrix and labels it', () => {
    const h = harness();
    const matrix = tf.tensor2d([
      [5, 1],
      [0, 7],
    ]);
    h.display.show.heatmap(matrix, { title: 'Confusion', xLabels: ['cat', 'dog'] });
    matrix.dispose();
    const message = h.of('heatmap')[0];
    expect(message).toMatchObject({ title: 'Confusion', rows: 2, columns: 2, xLabels: ['cat', 'dog'], yLabels: ['0', '1'] });
    expect(Array.from(message?.values ?? [])).toEqual([5, 1, 0, 7]);
    expect(() => h.display.show.heatmap([1, 2])).toThrow('show.heatmap needs a matrix');
  });

  it('show.progress reports done, total and an ETA from the rate so far', () => {
    const h = harness();
    const bar = h.display.show.progress({ total: 10, label: 'Steps' });
    expect(h.posted[0]).toMatchObject({ kind: 'progress-create', label: 'Steps', total: 10 });
    h.setTime(1000);
    bar.tick();
    bar.tick(2);
    bar.tick();
    h.advance(FLUSH_INTERVAL_MS);
    const update = h.of('progress-update').at(-1);
    expect(update).toMatchObject({ done: 4, total: 10 });
    expect(update?.etaMs).toBeCloseTo((6 * 1000) / 4);
    // The first tick went out at once (the interval had passed); the next two were coalesced.
    expect(h.of('progress-update').map((u) => u.done)).toEqual([1, 4]);
    bar.done();
    bar.done();
    expect(h.of('progress-done')).toHaveLength(1);
    expect(h.of('progress-done')[0]?.elapsedMs).toBe(1000 + FLUSH_INTERVAL_MS);
    expect(() => h.display.show.progress({ total: 0 })).toThrow('show.progress needs a total greater than 0');
  });

  it('estimates time left only once something is done', () => {
    expect(estimateRemainingMs(0, 10, 500)).toBeNull();
    expect(estimateRemainingMs(5, 10, 500)).toBe(500);
    expect(estimateRemainingMs(10, 10, 500)).toBe(0);
  });

  it('counts training steps from tfjs params', () => {
    expect(trainingSteps({ epochs: 2, samples: 10, batchSize: 4 })).toEqual({ total: 6, perEpoch: 3 });
    expect(trainingSteps({ epochs: 3, steps: 5 })).toEqual({ total: 15, perEpoch: 5 });
    expect(trainingSteps({ epochs: 4, steps: null, samples: null })).toEqual({ total: 4, perEpoch: 0 });
  });
});

describe('training', () => {
  const tinyModel = () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [2] })] });
    model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
    return model;
  };

  it('show.fitCallbacks drives a chart per epoch and a progress bar over epochs × batches', async () => {
    const h = harness();
    const model = tinyModel();
    const xs = tf.randomNormal([10, 2]);
    const ys = tf.randomNormal([10, 1]);
    const before = tf.memory().numTensors;
    await model.fit(xs, ys, {
      epochs: 2,
      batchSize: 4,
      validationSplit: 0.2,
      callbacks: h.display.show.fitCallbacks({ title: 'Loss', metrics: ['loss', 'val_loss'] }),
    });
    h.display.flush();
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([xs, ys]);
    model.dispose();
    expect(h.of('line-create')[0]).toMatchObject({ title: 'Loss', series: ['loss', 'val_loss'], xLabel: 'epoch' });
    const points = h.of('line-points').flatMap((m) => m.points);
    expect(points.map((p) => p.x)).toEqual([1, 2]);
    for (const point of points) for (const value of point.y) expect(typeof value).toBe('number');
    expect(h.of('progress-create')[0]).toMatchObject({ label: 'Training', total: 4 });
    expect(h.of('progress-update').at(-1)).toMatchObject({ done: 2 * 2, total: 4, label: 'Training — epoch 2 of 2' });
    expect(h.of('progress-done')).toHaveLength(1);
    const order = h.kinds();
    expect(order.indexOf('progress-done')).toBeGreaterThan(order.lastIndexOf('progress-update'));
  });

  it('still charts when tfjs wraps it as a plain config (not first in a callbacks array)', async () => {
    const h = harness();
    const model = tinyModel();
    const xs = tf.ones([4, 2]);
    const ys = tf.ones([4, 1]);
    const epochs: number[] = [];
    const callbacks = [{ onEpochEnd: (epoch: number) => void epochs.push(epoch) }, h.display.show.fitCallbacks()];
    await model.fit(xs, ys, { epochs: 2, callbacks: callbacks as unknown as tf.CustomCallbackArgs[] });
    h.display.flush();
    expect(epochs).toEqual([0, 1]);
    expect(
      h
        .of('line-points')
        .flatMap((m) => m.points)
        .map((p) => p.x),
    ).toEqual([1, 2]);
    expect(h.of('progress-create')).toHaveLength(0);
    tf.dispose([xs, ys]);
    model.dispose();
  });

  it('gives model.fit without callbacks a progress bar once it runs long enough', async () => {
    // Every clock read moves 100 ms on, so the fit "lasts" past the automatic bar's delay.
    const h = harness();
    let clock = 0;
    const display = createLearnerDisplay((message) => h.posted.push(message), tf, { now: () => (clock += 100) });
    display.installAutoFitProgress();
    display.installAutoFitProgress();
    const model = tinyModel();
    const xs = tf.ones([8, 2]);
    const ys = tf.ones([8, 1]);
    await model.fit(xs, ys, { epochs: 2, batchSize: 4 });
    display.flush();
    expect(h.of('progress-create')).toHaveLength(1);
    expect(h.of('progress-done')).toHaveLength(1);
    expect(h.of('line-create')).toHaveLength(0);
    // A fit with its own callbacks is left alone.
    const posted = h.posted.length;
    await model.fit(xs, ys, { epochs: 1, callbacks: { onEpochEnd: () => {} } });
    display.flush();
    expect(h.posted.length).toBe(posted);
    tf.dispose([xs, ys]);
    model.dispose();
  });

  it('shows no automatic bar for a quick fit', async () => {
    const h = harness();
    h.display.installAutoFitProgress();
    const model = tinyModel();
    const xs = tf.ones([4, 2]);
    const ys = tf.ones([4, 1]);
    await model.fit(xs, ys, { epochs: 1 });
    h.display.flush();
    expect(h.of('progress-create')).toHaveLength(0);
    tf.dispose([xs, ys]);
    model.dispose();
  });
});
