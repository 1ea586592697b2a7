import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  mergeResults,
  readResults,
  recordFigure,
  RESULTS_SCHEMA,
  writeResults,
  type BenchResults,
} from '../../../scripts/bench/results-file.ts';
import { TARGETS } from '../../../scripts/bench/targets.ts';

const figure = { number: 6, title: 'Training', how: 'rounds' };

describe('the results file', () => {
  it('records met / missed per judged measurement', () => {
    const recorded = recordFigure(figure, {
      kind: 'measured',
      measurements: [
        { label: 'ratio', value: 0.93, unit: '×', target: TARGETS.cellVsBare },
        { label: 'ratio again', value: 0.97, unit: '×', target: TARGETS.cellVsBare },
        { label: 'samples/s', value: 25000, unit: 'samples/s' },
      ],
      notes: ['n'],
    });
    expect(recorded.measurements.map((m) => m.met)).toEqual([false, true, undefined]);
    expect(recorded.measurements[0]?.target?.id).toBe('cell-vs-bare');
    expect(recordFigure(figure, { kind: 'not-measured', reason: 'no page' })).toMatchObject({
      kind: 'not-measured',
      reason: 'no page',
      measurements: [],
    });
  });

  it('round-trips through JSON, a value that could not be computed included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-results-'));
    const path = join(dir, 'results.json');
    const results: BenchResults = {
      schema: RESULTS_SCHEMA,
      date: '2026-12-01T08:00:00.000Z',
      build: null,
      checkout: { commit: 'abc', clean: true, changedPaths: [] },
      machine: {
        cpuModel: 'x',
        cpuFlags: [],
        cores: 2,
        os: 'Linux',
        node: 'v20',
        chromium: '156',
        loadBefore: [1, 1, 1],
        loadAfter: [1, 1, 1],
      },
      options: { lesson: 'first-model', exercise: null, only: [], neighbour: false },
      figures: [recordFigure(figure, { kind: 'measured', measurements: [{ label: 'ratio', value: Number.NaN, unit: '×' }], notes: [] })],
    };
    writeResults(path, results);
    expect(readFileSync(path, 'utf8')).toContain('"value": null');
    expect(Number.isNaN(readResults(path).figures[0]?.measurements[0]?.value)).toBe(true);
  });

  it('merges a partial run: its figures replace the same ones, the others keep the run they came from', () => {
    const run = (date: string, numbers: number[], load: number): BenchResults => ({
      schema: RESULTS_SCHEMA,
      date,
      build: { commit: date.slice(11, 16), clean: true, changedPaths: [], builtAt: date },
      checkout: { commit: 'abc', clean: true, changedPaths: [] },
      machine: {
        cpuModel: 'x',
        cpuFlags: [],
        cores: 2,
        os: 'Linux',
        node: 'v20',
        chromium: '156',
        loadBefore: [load, 1, 1],
        loadAfter: [load, 1, 1],
      },
      options: { lesson: 'first-model', exercise: null, only: numbers.length === 7 ? [] : numbers, neighbour: true },
      figures: numbers.map((number) =>
        recordFigure({ number, title: `figure ${number}`, how: date }, { kind: 'measured', measurements: [], notes: [] }),
      ),
    });
    const first = mergeResults(run('2026-12-01T07:49:00.000Z', [1, 2, 3, 4, 5, 6, 7], 3), run('2026-12-01T08:30:00.000Z', [4, 5, 6], 2));
    expect(first.date).toBe('2026-12-01T08:30:00.000Z');
    expect(
      first.figures.map((figure) => `${figure.number} ${figure.how.slice(11, 16)} ${figure.earlierRun?.build?.commit ?? 'this run'}`),
    ).toEqual([
      '1 07:49 07:49',
      '2 07:49 07:49',
      '3 07:49 07:49',
      '4 08:30 this run',
      '5 08:30 this run',
      '6 08:30 this run',
      '7 07:49 07:49',
    ]);
    expect(first.figures[0]?.earlierRun?.loadBefore[0]).toBe(3);
    // Merging again keeps where each kept figure was measured, not the run it was last merged into.
    const second = mergeResults(first, run('2026-12-01T08:50:00.000Z', [4], 1));
    expect(second.figures.map((figure) => figure.earlierRun?.build?.commit ?? 'this run')).toEqual([
      '07:49',
      '07:49',
      '07:49',
      'this run',
      '08:30',
      '08:30',
      '07:49',
    ]);
  });

  it('says how to make a missing or outdated file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-results-'));
    expect(() => readResults(join(dir, 'none.json'))).toThrow(/run `npm run bench`/);
    writeFileSync(join(dir, 'old.json'), JSON.stringify({ schema: 0, figures: [] }));
    expect(() => readResults(join(dir, 'old.json'))).toThrow(/schema 0, this bench reads 1/);
  });
});
