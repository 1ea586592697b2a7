import { describe, expect, it } from 'vitest';
import { emptyLog, LOG_LIMITS, type LoggedRun } from '../../../src/runtime/log/log-format.ts';
import { createMemoryLogBackend, logKey, type LogBackend } from '../../../src/runtime/log/log-store.ts';
import { createLogApi, type LogShow } from '../../../src/runtime/tools/log/log-api.ts';

/** A show that keeps what log.compare draws. */
function recordingShow() {
  const tables: { rows: unknown; options: unknown }[] = [];
  const lines: { options: unknown; points: { values: Record<string, unknown>; x: number | undefined }[] }[] = [];
  const show: LogShow = {
    table: (rows, options) => tables.push({ rows, options }),
    line: (options) => {
      const line = { options, points: [] as { values: Record<string, unknown>; x: number | undefined }[] };
      lines.push(line);
      return { push: (values, x) => line.points.push({ values, x }) };
    },
  };
  return { show, tables, lines };
}

function setup(backend: LogBackend = createMemoryLogBackend()) {
  const drawn = recordingShow();
  const warnings: string[] = [];
  const panels: string[] = [];
  const log = createLogApi({
    lesson: 'capstone',
    show: drawn.show,
    warn: (text) => warnings.push(text),
    offerLogPanel: (lesson) => panels.push(lesson),
    logBackend: backend,
  });
  return { log, backend, warnings, panels, ...drawn };
}

describe('the log global', () => {
  it('records runs, lists them in order as copies, and a new log over the same storage (Restart) sees them', async () => {
    const { log, backend } = setup();
    const first = await log.record({ name: 'baseline', seed: 1, figures: { accuracy: 0.9 } });
    await log.record({ name: 'baseline', seed: 2, figures: { accuracy: 0.92 } });
    expect(first).toMatchObject({ name: 'baseline', seed: 1, config: {}, figures: { accuracy: 0.9 }, curves: {} });
    expect(first.id).toMatch(/\S{6,}/);
    expect(Number.isNaN(Date.parse(first.recordedAt))).toBe(false);
    const listed = await log.runs();
    expect(listed.map((run) => run.seed)).toEqual([1, 2]);
    (listed[0] as LoggedRun).figures['accuracy'] = 0;
    const restarted = createLogApi({ lesson: 'capstone', logBackend: backend });
    expect((await restarted.runs()).map((run) => run.figures['accuracy'])).toEqual([0.9, 0.92]);
    expect(await createLogApi({ lesson: 'another-lesson', logBackend: backend }).runs()).toEqual([]);
  });

  it('gives every run its own id, whatever Math.random was seeded with', async () => {
    const { log } = setup();
    const random = Math.random;
    Math.random = () => 0.5;
    try {
      const a = await log.record({ name: 'a' });
      const b = await log.record({ name: 'a' });
      expect(a.id).not.toBe(b.id);
    } finally {
      Math.random = random;
    }
  });

  it('throws a LogError that says how to fix a wrong run, and keeps nothing of it', async () => {
    const { log } = setup();
    await expect(log.record({ name: 'a', figures: { accuracy: '90 %' } })).rejects.toMatchObject({
      name: 'LogError',
      message: expect.stringMatching(/^log\.record: figures\.accuracy: expected a number, received text\. Record at most 50 figures/),
    });
    expect(await log.runs()).toEqual([]);
  });

  it('removes runs by name, clears, and refuses a run beyond the limit', async () => {
    const { log, backend } = setup();
    await log.record({ name: 'a' });
    await log.record({ name: 'b' });
    await log.record({ name: 'a' });
    expect(await log.remove('a')).toBe(2);
    expect((await log.runs()).map((run) => run.name)).toEqual(['b']);
    expect(await log.clear()).toBe(1);
    const run = await log.record({ name: 'x' });
    await backend.put(logKey('capstone'), {
      ...emptyLog('capstone'),
      runs: Array.from({ length: LOG_LIMITS.runs }, (_, i) => ({ ...run, id: `r${i}` })),
    });
    await expect(log.record({ name: 'one more' })).rejects.toThrow(/already holds 500 runs, the most it keeps/);
    expect(await log.runs()).toHaveLength(LOG_LIMITS.runs);
  });

  it('refuses a run that would take the log past its total of curve points, quickly', async () => {
    const { log } = setup();
    const curve = new Array(LOG_LIMITS.curvePoints).fill(0.5);
    const curves = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`c${i}`, curve]));
    await log.record({ name: 'big', curves });
    await log.record({ name: 'big', curves });
    const started = performance.now();
    await expect(log.record({ name: 'big', curves: { one: [1] } })).rejects.toThrow(
      "With this run the log would hold more than 1,000,000 curve points, the most it keeps. Record shorter curves (e.g. one point per epoch), or remove runs you no longer need (log.remove('name')).",
    );
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await log.runs()).toHaveLength(2);
  });

  it('compares names side by side: seeds pooled into a mean and 95 % interval (lesson 7), one chart of the curve, the panel', async () => {
    const { log, tables, lines, panels } = setup();
    await log.record({ name: 'baseline', seed: 1, figures: { accuracy: 0.9 }, curves: { loss: [1, 0.5] } });
    await log.record({ name: 'wider', seed: 1, figures: { accuracy: 0.93 }, curves: { loss: [0.8, 0.4, 0.2] } });
    await log.record({ name: 'baseline', seed: 2, figures: { accuracy: 0.92 }, curves: { loss: [0.8, 0.3] } });
    await log.record({ name: 'baseline', seed: 3, figures: { accuracy: 0.94 } });
    const { rows } = await log.compare({ curve: 'loss' });
    // mean 0.92, s = 0.02, t(0.975, 2) = 4.303: half-width 4.303 · 0.02 / √3 = 0.04969
    const baseline = rows[0]?.figures['accuracy'];
    expect(rows.map((row) => [row.name, row.seeds])).toEqual([
      ['baseline', [1, 2, 3]],
      ['wider', [1]],
    ]);
    expect(baseline?.mean).toBeCloseTo(0.92, 12);
    expect(baseline?.sd).toBeCloseTo(0.02, 12);
    expect(baseline?.low).toBeCloseTo(0.92 - 0.049687, 5);
    expect(baseline?.high).toBeCloseTo(0.92 + 0.049687, 5);
    expect(rows[1]?.figures['accuracy']).toMatchObject({ n: 1, mean: 0.93, low: NaN, high: NaN });
    expect(tables).toEqual([
      {
        rows: [
          ['baseline', 3, '0.92', '0.8703 … 0.9697'],
          ['wider', 1, '0.93', '—'],
        ],
        options: { title: 'Experiment log', columns: ['run', 'seeds', 'accuracy', 'accuracy 95 % interval'] },
      },
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.options).toEqual({ title: 'loss, mean over seeds', series: ['baseline', 'wider'], xLabel: 'step', yLabel: 'loss' });
    expect(lines[0]?.points).toEqual([
      { values: { baseline: 0.9, wider: 0.8 }, x: 1 },
      { values: { baseline: 0.4, wider: 0.4 }, x: 2 },
      { values: { baseline: undefined, wider: 0.2 }, x: 3 },
    ]);
    expect(panels).toEqual(['capstone']);
  });

  it('compares chosen names and figures, in the order asked, and says what it cannot find', async () => {
    const { log, tables, warnings } = setup();
    await log.record({ name: 'a', figures: { accuracy: 0.5, loss: 1 } });
    await log.record({ name: 'b', figures: { accuracy: 0.6, loss: 2 } });
    await log.compare({ names: ['b', 'a'], figures: ['loss'], curve: 'missing' });
    expect(tables[0]?.rows).toEqual([
      ['b', 1, '2', '—'],
      ['a', 1, '1', '—'],
    ]);
    expect(warnings).toEqual(['No run records a curve called "missing".']);
    await expect(log.compare({ names: ['c'] })).rejects.toThrow("log.compare: no run is called 'c'. log.runs() lists what the log holds.");
    await expect(log.compare({ curves: 'loss' } as never)).rejects.toThrow(/^log\.compare takes one object/);
  });

  it('says so when the log is empty', async () => {
    const { log, tables, warnings } = setup();
    expect(await log.compare()).toEqual({ rows: [] });
    expect(tables).toEqual([]);
    expect(warnings).toEqual(['The experiment log is empty: record a run with log.record({ name, seed, figures, curves }).']);
  });

  it('keeps a corrupt stored log aside, tells the learner once, and starts empty', async () => {
    const backend = createMemoryLogBackend();
    const damaged = { ...emptyLog('capstone'), runs: [{ name: 'half a run' }] };
    await backend.put(logKey('capstone'), damaged);
    const { log, warnings } = setup(backend);
    expect(await log.runs()).toEqual([]);
    expect(warnings).toHaveLength(1);
    const key = /kept aside under "([^"]+)"/.exec(warnings[0] ?? '')?.[1] ?? '';
    expect(warnings[0]).toBe(
      `The experiment log saved for this lesson could not be read (runs.0.id: expected text, received nothing. The stored log is damaged.), so it was kept aside under "${key}" in this browser's storage and the log starts empty.`,
    );
    expect(key).toMatch(/^kept-aside:capstone:\d{4}-/);
    expect(await backend.get(key)).toEqual(damaged);
    await log.record({ name: 'fresh' });
    expect((await log.runs()).map((run) => run.name)).toEqual(['fresh']);
    expect(warnings).toHaveLength(1);
  });

  it('carries on in memory, and says so, when storage fails', async () => {
    const failing: LogBackend = {
      get: () => Promise.reject(new Error('QuotaExceededError')),
      put: () => Promise.reject(new Error('QuotaExceededError')),
    };
    const { log, warnings } = setup(failing);
    await log.record({ name: 'kept in memory' });
    expect((await log.runs()).map((run) => run.name)).toEqual(['kept in memory']);
    expect(warnings).toEqual([
      "This browser's storage is not available (QuotaExceededError): the experiment log lives only until the page closes.",
    ]);
  });
});
