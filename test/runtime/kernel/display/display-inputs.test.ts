/**
 * The kernel side of issue 10's displays: heatmap labels, axis titles and per-cell examples,
 * captioned galleries, the reliability diagram (bins and ECE against a hand computation) and the
 * drawing pad (onChange called with the drawing, its tensors freed, errors shown, calls merged).
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLearnerDisplay } from '../../../../src/runtime/kernel/display/learner-display';
import { MAX_EXAMPLES_PER_CELL } from '../../../../src/runtime/kernel/display/heatmap-input';
import { isDisplayMessage, type DisplayMessage } from '../../../../src/runtime/display/protocol';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

function harness() {
  const posted: DisplayMessage[] = [];
  const display = createLearnerDisplay(
    (message) => {
      expect(isDisplayMessage(message), `${message.kind} is well-formed`).toBe(true);
      expect(() => structuredClone(message)).not.toThrow();
      posted.push(message);
    },
    tf,
    { now: () => 0, setTimer: () => undefined },
  );
  const of = <K extends DisplayMessage['kind']>(kind: K) =>
    posted.filter((m): m is Extract<DisplayMessage, { kind: K }> => m.kind === kind);
  return { display, show: display.show, posted, of };
}

describe('show.heatmap with labels and examples', () => {
  it('takes rowLabels, colLabels and axis titles', () => {
    const h = harness();
    h.show.heatmap(
      [
        [5, 1],
        [0, 7],
      ],
      { rowLabels: ['cat', 'dog'], colLabels: ['cat', 'dog'], yLabel: 'true', xLabel: 'predicted' },
    );
    expect(h.of('heatmap')[0]).toMatchObject({ yLabels: ['cat', 'dog'], xLabels: ['cat', 'dog'], yTitle: 'true', xTitle: 'predicted' });
    expect(h.of('heatmap')[0]?.examples).toBeUndefined();
  });

  it('says when a label list does not fit the matrix', () => {
    const h = harness();
    expect(() => h.show.heatmap([[1, 2]], { colLabels: ['a'] })).toThrow(
      'show.heatmap: colLabels has 1 label, but the matrix has 2 columns. Pass one label per column.',
    );
  });

  it('evaluates examples(row, column) per cell, with captions, and frees the tensors it made', () => {
    const h = harness();
    const images = tf.tidy(() => tf.linspace(0, 1, 5 * 2 * 2).reshape([5, 2, 2]));
    const before = tf.memory().numTensors;
    const cells: Record<string, number[]> = { '0,0': [0, 1], '0,1': [2], '1,1': [3, 4] };
    h.show.heatmap(
      [
        [2, 1],
        [0, 2],
      ],
      {
        examples: (r, c) => {
          const index = cells[`${r},${c}`] ?? [];
          return index.length === 0 ? [] : { images: tf.gather(images, index), captions: index.map((i) => `#${i}`) };
        },
      },
    );
    expect(tf.memory().numTensors).toBe(before);
    const examples = h.of('heatmap')[0]?.examples;
    expect(examples).toBeDefined();
    expect(Array.from(examples!.offsets)).toEqual([0, 2, 3, 3, 5]);
    expect(Array.from(examples!.totals)).toEqual([2, 1, 0, 2]);
    expect(examples!.captions).toEqual(['#0', '#1', '#2', '#3', '#4']);
    expect([examples!.height, examples!.width]).toEqual([2, 2]);
    // The last image's last pixel is the brightest value (1 → 255).
    expect(examples!.pixels.at(-2)).toBe(255);
    images.dispose();
  });

  it('takes a precomputed examples[row][column] array and caps each cell', () => {
    const h = harness();
    const many = Array.from({ length: MAX_EXAMPLES_PER_CELL + 5 }, () => [
      [0, 1],
      [1, 0],
    ]);
    h.show.heatmap([[30]], { examples: [[many]] });
    const examples = h.of('heatmap')[0]!.examples!;
    expect(examples.totals[0]).toBe(MAX_EXAMPLES_PER_CELL + 5);
    expect(examples.offsets[1]).toBe(MAX_EXAMPLES_PER_CELL);
  });

  it('explains examples that throw, have the wrong shape or differ in size', () => {
    const h = harness();
    expect(() =>
      h.show.heatmap([[1]], {
        examples: () => {
          throw new Error('no such index');
        },
      }),
    ).toThrow('show.heatmap: examples(0, 0) threw: no such index');
    expect(() => h.show.heatmap([[1]], { examples: () => [1, 2, 3] })).toThrow(
      'show.heatmap: the examples of row 0, column 0 must be images of shape [n, height, width]',
    );
    expect(() => h.show.heatmap([[1, 1]], { examples: (_r, c) => (c === 0 ? [[[1]]] : [[[1, 1]]]) })).toThrow(
      'show.heatmap: the examples of row 0, column 1 are 1 × 2 pixels, but earlier ones are 1 × 1.',
    );
    expect(() => h.show.heatmap([[1]], { examples: 'cats' as never })).toThrow('show.heatmap: examples must be a function');
    expect(h.of('heatmap')).toHaveLength(0);
  });
});

describe('show.images captions', () => {
  it('takes captions as the images’ labels', () => {
    const h = harness();
    h.show.images([[[0]], [[1]]], { captions: ['blank', 'ink'] });
    expect(h.of('images')[0]?.labels).toEqual(['blank', 'ink']);
  });
});

describe('show.reliability', () => {
  it('bins confidences and computes the ECE as the weighted gap', () => {
    const h = harness();
    // Bin 0.6–0.8: confidences 0.7, 0.7 (one right) → gap |0.5 − 0.7| = 0.2, weight 2/4.
    // Bin 0.8–1.0: confidences 0.9, 1.0 (both right) → gap |1 − 0.95| = 0.05, weight 2/4.
    const result = h.show.reliability({ confidences: [0.7, 0.7, 0.9, 1], correct: [true, false, 1, 1], bins: 5 });
    expect(result.ece).toBeCloseTo(0.5 * 0.2 + 0.5 * 0.05, 12);
    expect(result.bins.map((b) => b.count)).toEqual([0, 0, 0, 2, 2]);
    expect(result.bins[4]).toMatchObject({ from: 0.8, to: 1, count: 2 });
    expect(result.bins[4]!.confidence).toBeCloseTo(0.95, 12);
    const message = h.of('reliability')[0]!;
    expect(message.total).toBe(4);
    expect(Array.from(message.accuracy)).toEqual([0, 0, 0, 0.5, 1]);
  });

  it('reads probabilities with class labels or one-hot labels', () => {
    const h = harness();
    const probabilities = tf.tensor2d([
      [0.9, 0.1],
      [0.4, 0.6],
      [0.2, 0.8],
    ]);
    const fromClasses = h.show.reliability({ probabilities, labels: [0, 0, 1], bins: 2 });
    const fromOneHot = h.show.reliability({ probabilities, labels: tf.oneHot([0, 0, 1], 2), bins: 2 });
    expect(fromOneHot.ece).toBeCloseTo(fromClasses.ece, 12);
    // Bin 0.5–1: confidences 0.9 (right), 0.6 (wrong), 0.8 (right): |2/3 − 2.3/3|.
    expect(fromClasses.ece).toBeCloseTo(Math.abs(2 / 3 - 2.3 / 3), 6);
    probabilities.dispose();
  });

  it('explains wrong input', () => {
    const h = harness();
    expect(() => h.show.reliability({ confidences: [0.5], correct: [1, 0] })).toThrow(
      'show.reliability: confidences has 1 entries but correct has 2.',
    );
    expect(() => h.show.reliability({ confidences: [NaN], correct: [1] })).toThrow('show.reliability: confidence 0 is NaN');
    expect(() => h.show.reliability({ confidences: [2.5], correct: [1] })).toThrow('a probability, not a logit');
    expect(() => h.show.reliability({ confidences: [], correct: [] })).toThrow('show.reliability needs at least one prediction.');
    expect(() => h.show.reliability({ confidences: [0.5], correct: [1], bins: 0 })).toThrow('bins must be a whole number from 1 to 100');
    expect(() => h.show.reliability(42 as never)).toThrow('show.reliability needs { confidences, correct }');
  });
});

describe('show.drawPad', () => {
  it('announces the pad and calls onChange with a stroke, freeing the tensors it made', async () => {
    const h = harness();
    const seen: Float32Array[] = [];
    const pad = h.show.drawPad({
      size: 8,
      title: 'Draw a digit',
      labels: ['blank', 'ink'],
      onChange: (pixels) => {
        seen.push(pixels);
        const ink = tf.tensor(pixels).mean();
        return tf.stack([tf.scalar(1).sub(ink), ink]);
      },
    });
    expect(h.of('drawpad-create')[0]).toMatchObject({ title: 'Draw a digit', size: 8, id: pad.id });
    const before = tf.memory().numTensors;
    const result = await pad.stroke([
      [4, 1],
      [4, 6],
    ]);
    expect(tf.memory().numTensors).toBe(before);
    expect(seen).toHaveLength(1);
    // A vertical line in column 4: that column is inked from row 1 to row 6, column 0 is blank.
    expect(seen[0]![3 * 8 + 4]).toBe(1);
    expect(seen[0]![3 * 8]).toBe(0);
    expect(h.of('drawpad-set')[0]?.pixels).toEqual(seen[0]);
    const shown = h.of('drawpad-result')[0]!;
    expect(shown).toMatchObject({ status: 'ok', labels: ['blank', 'ink'] });
    expect(result).toEqual(Array.from(shown.values));
    expect(Array.from(pad.pixels())).toEqual(Array.from(seen[0]!));
  });

  it('shows what onChange threw under the pad and keeps the pad', async () => {
    const h = harness();
    const pad = h.show.drawPad({
      size: 4,
      onChange: () => {
        throw new RangeError('bad shape');
      },
    });
    await pad.clear();
    expect(h.of('drawpad-result')[0]).toMatchObject({ status: 'error', text: 'onChange threw RangeError: bad shape' });
  });

  it('shows text results and awaits async onChange', async () => {
    const h = harness();
    const pad = h.show.drawPad({ size: 4, onChange: async (pixels) => `ink ${pixels.reduce((a, b) => a + b, 0)}` });
    await expect(pad.clear()).resolves.toBe('ink 0');
    expect(h.of('drawpad-result')[0]).toMatchObject({ status: 'ok', text: 'ink 0', labels: [] });
  });

  it('merges drawings that arrive while one waits, and forgets a cell’s pads when it runs again', async () => {
    const h = harness();
    const calls: number[] = [];
    h.display.pads.beginRun({ runId: 1, cellId: 'a' });
    const pad = h.show.drawPad({ size: 4, onChange: (pixels) => calls.push(pixels[0]!) });
    const drawing = (v: number) => new Float32Array(16).fill(v);
    expect(h.display.pads.offer(pad.id, drawing(0.1))).toBe(true);
    expect(h.display.pads.offer(pad.id, drawing(0.5))).toBe(false);
    const job = h.display.pads.take(pad.id);
    expect(job?.owner).toEqual({ runId: 1, cellId: 'a' });
    await job?.call();
    expect(calls).toEqual([0.5]);
    expect(h.display.pads.take(pad.id)).toBeUndefined();
    // A drawing of the wrong size, or for an unknown pad, is ignored.
    expect(h.display.pads.offer(pad.id, new Float32Array(9))).toBe(false);
    expect(h.display.pads.offer('drawpad-nope', drawing(0))).toBe(false);
    h.display.pads.beginRun({ runId: 2, cellId: 'a' });
    expect(h.display.pads.offer(pad.id, drawing(1))).toBe(false);
  });

  it('explains a wrong size, onChange or stroke', () => {
    const h = harness();
    expect(() => h.show.drawPad({ size: 3 })).toThrow('show.drawPad: size must be a whole number from 4 to 64');
    expect(() => h.show.drawPad({ onChange: 'predict' as never })).toThrow('show.drawPad: onChange must be a function');
    const pad = h.show.drawPad({ size: 8 });
    expect(() => pad.stroke([[1, NaN]])).toThrow('pad.stroke needs an array of [column, row] points');
  });
});
