import { describe, expect, it } from 'vitest';
import { emptyLog, LOG_LIMITS, type ExperimentLog, type LoggedRun } from '../../../src/runtime/log/log-format.ts';
import { importLog, logCsv, logJson } from '../../../src/runtime/page/log/log-transfer.ts';

const run = (id: string, name: string, extra: Partial<LoggedRun> = {}): LoggedRun => ({
  id,
  name,
  recordedAt: '2026-12-01T10:00:00.000Z',
  seed: 1,
  config: {},
  figures: {},
  curves: {},
  ...extra,
});

const log = (runs: LoggedRun[]): ExperimentLog => ({ ...emptyLog('capstone'), runs });

describe('exporting the experiment log', () => {
  it('writes CSV one row per run: settings, figures, each curve by its last value and length, formula-safe', () => {
    const csv = logCsv(
      log([
        run('r1', 'baseline', { config: { lr: 0.01, optimizer: 'adam' }, figures: { accuracy: 0.9 }, curves: { loss: [1, 0.5] } }),
        run('r2', '=HYPERLINK("x")', { seed: null, config: { lr: 0.02, note: 'a, b' }, figures: { accuracy: 0.93, f1: 0.8 } }),
      ]),
    );
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFname,seed,recordedAt,id,config.lr,config.optimizer,config.note,figures.accuracy,figures.f1,curves.loss.last,curves.loss.length',
      'baseline,1,2026-12-01T10:00:00.000Z,r1,0.01,adam,,0.9,,0.5,2',
      `"'=HYPERLINK(""x"")",,2026-12-01T10:00:00.000Z,r2,0.02,,"a, b",0.93,0.8,,`,
      '',
    ]);
  });

  it('writes JSON that imports back into an empty log whole', () => {
    const original = log([run('r1', 'baseline', { curves: { loss: [1, 0.5, 0.25] }, config: { augment: true, note: null } })]);
    const text = logJson(original);
    expect(importLog(emptyLog('capstone'), text, text.length)).toEqual({ ok: true, log: original, added: 1, skipped: 0 });
  });
});

describe('importing the experiment log', () => {
  const current = log([run('r1', 'baseline')]);
  const file = (runs: LoggedRun[]) => logJson(log(runs));

  it('adds the runs not already in the log, in the file order', () => {
    const text = file([run('r1', 'baseline'), run('r2', 'wider'), run('r3', 'deeper')]);
    const outcome = importLog(current, text, text.length);
    expect(outcome.ok && outcome.log.runs.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(outcome).toMatchObject({ added: 2, skipped: 1 });
  });

  it('refuses a malformed file with one clear message and changes nothing', () => {
    const before = structuredClone(current);
    const cases: [string, string][] = [
      [
        '{"runs": [',
        'This file is not JSON, so it cannot be an experiment log. Choose a file saved with Export experiment log as JSON. Nothing in the log was changed.',
      ],
      [
        '{"hello": 1}',
        'This file cannot be imported: format: not an experiment log file. Choose a file saved with Export experiment log as JSON, unchanged. Nothing in the log was changed.',
      ],
      [
        file([run('r2', 'wider', { figures: { accuracy: 'high' as unknown as number } })]),
        'This file cannot be imported: runs.0.figures.accuracy: expected a number, received text. Choose a file saved with Export experiment log as JSON, unchanged. Nothing in the log was changed.',
      ],
    ];
    for (const [text, message] of cases) expect(importLog(current, text, text.length)).toEqual({ ok: false, message });
    expect(importLog(current, '{}', LOG_LIMITS.fileBytes + 1)).toEqual({
      ok: false,
      message: 'This file is larger than 20 MB, more than an experiment log can be. Nothing in the log was changed.',
    });
    const crowded = file(Array.from({ length: LOG_LIMITS.runs }, (_, i) => run(`n${i}`, 'many')));
    expect(importLog(current, crowded, crowded.length)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/more than 500 runs\. Remove some runs first/),
    });
    const heavy = file([run('h1', 'long', { curves: { loss: new Array(LOG_LIMITS.curvePoints).fill(0.5) } })]);
    const full = log(
      Array.from({ length: 100 }, (_, i) => run(`f${i}`, 'full', { curves: { loss: new Array(LOG_LIMITS.curvePoints).fill(0.5) } })),
    );
    expect(importLog(full, heavy, heavy.length)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/more than 1,000,000 curve points\. Remove some runs first/),
    });
    expect(current).toEqual(before);
  });
});
