import { describe, expect, it } from 'vitest';
import { emptyLog, InvalidLogValue, LOG_LIMITS, readLog, readRunInput } from '../../../src/runtime/log/log-format.ts';

/** The message a wrong run gets. */
function messageFor(value: unknown): string {
  try {
    readRunInput(value);
  } catch (error) {
    if (error instanceof InvalidLogValue) return error.message;
    throw error;
  }
  throw new Error('the run was accepted');
}

describe('readRunInput (what log.record takes)', () => {
  it('keeps a full run as a fresh copy and fills what was left out', () => {
    const curves = { loss: [0.9, 0.5] };
    const run = readRunInput({
      name: ' wider ',
      seed: 3,
      config: { width: 64, optimizer: 'adam', augment: false, note: null },
      figures: { accuracy: 0.91 },
      curves,
    });
    curves.loss.push(0.1);
    expect(run).toEqual({
      name: 'wider',
      seed: 3,
      config: { width: 64, optimizer: 'adam', augment: false, note: null },
      figures: { accuracy: 0.91 },
      curves: { loss: [0.9, 0.5] },
    });
    expect(readRunInput({ name: 'baseline' })).toEqual({ name: 'baseline', seed: null, config: {}, figures: {}, curves: {} });
    expect(readRunInput({ name: 'typed', curves: { loss: new Float32Array([0.5, 0.25]) } }).curves).toEqual({ loss: [0.5, 0.25] });
  });

  it('names the wrong field, what it received and how to fix it', () => {
    expect(messageFor({ name: 'a', figures: { accuracy: '91 %' } })).toBe(
      'figures.accuracy: expected a number, received text. Record at most 50 figures, each a finite number, e.g. figures: { accuracy: 0.91 }.',
    );
    expect(messageFor({ name: 'a', figures: { accuracy: NaN } })).toMatch(
      /^figures\.accuracy: expected a number, received NaN \(not a finite number\)\./,
    );
    expect(messageFor({ figures: {} })).toBe(
      "name: expected text, received nothing. Give the run a short name (1 to 80 characters), e.g. name: 'baseline'.",
    );
    expect(messageFor({ name: '   ' })).toMatch(/^name: empty\./);
    expect(messageFor({ name: 'a', figure: { accuracy: 0.9 } })).toMatch(
      /^\(the whole value\): unknown field\(s\) 'figure'\. Pass log\.record one object/,
    );
    expect(messageFor({ name: 'a', seed: 1.5 })).toMatch(
      /^seed: expected a whole number, received 1\.5\. Pass the seed you trained with as a whole number/,
    );
    expect(messageFor({ name: 'a', config: { layers: [32, 16] } })).toMatch(
      /^config\.layers: expected text \/ a number, received a list\. Keep config flat/,
    );
    expect(messageFor({ name: 'a', curves: { loss: [0.5, null] } })).toMatch(/^curves\.loss\.1: expected a number, received null\./);
    expect(messageFor('baseline')).toMatch(/^\(the whole value\): expected an object, received text\./);
  });

  it('refuses what is too big with a message, not a slow page', () => {
    const huge = new Array(LOG_LIMITS.curvePoints + 1).fill(0.5);
    const started = performance.now();
    expect(messageFor({ name: 'a', curves: { loss: huge } })).toMatch(/^curves\.loss: more than 10000 entries\. Record at most 50 curves/);
    expect(performance.now() - started).toBeLessThan(50);
    const many = Object.fromEntries(Array.from({ length: LOG_LIMITS.entries + 1 }, (_, i) => [`f${i}`, i]));
    expect(messageFor({ name: 'a', figures: many })).toMatch(/^figures: more than 50 entries\./);
    expect(messageFor({ name: 'x'.repeat(81) })).toMatch(/^name: longer than 80 characters\./);
  });
});

describe('readLog (a stored record or an imported file)', () => {
  const run = {
    id: 'r1',
    recordedAt: '2026-12-01T10:00:00.000Z',
    name: 'baseline',
    seed: 1,
    config: {},
    figures: { accuracy: 0.9 },
    curves: {},
  };

  it('reads back what it wrote', () => {
    const log = { ...emptyLog('capstone'), runs: [run] };
    expect(readLog(structuredClone(log), 'fix')).toEqual(log);
  });

  it('rejects another format, another version, too many runs and a wrong run, naming where', () => {
    const fails = (value: unknown) => () => readLog(value, 'Choose another file.');
    expect(fails({ hello: 1 })).toThrow('format: not an experiment log file. Choose another file.');
    expect(fails({ ...emptyLog('a'), version: 2 })).toThrow('version: format version 2, this site reads version 1.');
    expect(fails({ ...emptyLog('a'), runs: new Array(LOG_LIMITS.runs + 1).fill(run) })).toThrow('runs: more than 500 entries.');
    expect(fails({ ...emptyLog('a'), runs: [run, { ...run, figures: { accuracy: 'high' } }] })).toThrow(
      'runs.1.figures.accuracy: expected a number, received text.',
    );
    expect(fails({ ...emptyLog('a'), runs: [{ ...run, id: undefined }] })).toThrow('runs.0.id: expected text, received nothing.');
    expect(fails({ ...emptyLog('a'), extra: true })).toThrow("(the whole value): unknown field(s) 'extra'.");
  });
});
