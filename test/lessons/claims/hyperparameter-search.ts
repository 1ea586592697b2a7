import assert from 'node:assert/strict';
import { fail, parseNumber, type Claim, type LessonRun } from './claim';

/** Every trial of the search, from its table. */
function trials(run: LessonRun) {
  return run.rows('search').map((r) => ({
    search: r['search'] ?? '',
    lr: r['learning rate'] ?? '',
    width: r['width'] ?? '',
    accuracy: parseNumber(r['validation accuracy'] ?? ''),
  }));
}

/** The grid's cells over four seeds: mean and half-width of the 95 % interval, by learning rate and width. */
function grid(run: LessonRun) {
  const cells = new Map<string, { mean: number; half: number }>();
  // Found by its columns: on the page the heatmap is a table too, so the index differs from node's.
  const table = run.cell('grid-seeds').tables.find((t) => t.columns[0] === 'learning rate' && t.columns.includes('width 4'));
  if (!table) fail('the grid-seeds cell showed no table of "mean ± half-width" by learning rate and width');
  const rows = table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i] ?? ''])));
  for (const row of rows) {
    for (const [column, text] of Object.entries(row)) {
      if (column === 'learning rate') continue;
      const match = /^([\d.]+) ± ([\d.]+)$/.exec(text);
      if (!match) fail(`grid cell "${text}" is not "mean ± half-width"`);
      cells.set(`${row['learning rate']} ${column}`, { mean: parseNumber(match[1] ?? ''), half: parseNumber(match[2] ?? '') });
    }
  }
  const at = (lr: string, width: number) => cells.get(`${lr} width ${width}`) ?? fail(`no grid cell lr ${lr}, width ${width}`);
  return { at, lrs: rows.map((r) => r['learning rate'] ?? ''), widths: [4, 16, 64] };
}

const distinct = (values: string[]) => new Set(values).size;

/** What lessons/hyperparameter-search.md tells the learner they will see, each sentence with its check. */
export const claims: Claim[] = [
  {
    says: 'two searches of nine training runs each, one on a grid and one at random, race on a live chart',
    check: (run) => {
      const all = trials(run);
      assert.equal(all.filter((t) => t.search === 'grid').length, 9);
      assert.equal(all.filter((t) => t.search === 'random').length, 9);
      assert.match(run.cell('search').charts[0] ?? '', /^9 points\. Latest: grid [\d.]+, random [\d.]+\.$/);
    },
  },
  {
    says: 'Picking the best of 18 runs',
    check: (run) => assert.equal(trials(run).length, 18),
  },
  {
    says: 'It only ever saw three distinct learning rates and three widths',
    check: (run) => {
      const g = trials(run).filter((t) => t.search === 'grid');
      assert.deepEqual([distinct(g.map((t) => t.lr)), distinct(g.map((t) => t.width))], [3, 3]);
      assert.deepEqual([...new Set(g.map((t) => Number(t.lr)))].sort((a, b) => a - b), [0.001, 0.01, 0.1]);
      assert.deepEqual([...new Set(g.map((t) => Number(t.width)))].sort((a, b) => a - b), [4, 16, 64]);
    },
  },
  {
    says: 'It saw nine distinct learning rates and, because widths are rounded to whole units, eight distinct widths',
    check: (run) => {
      const r = trials(run).filter((t) => t.search === 'random');
      assert.deepEqual([distinct(r.map((t) => t.lr)), distinct(r.map((t) => t.width))], [9, 8]);
    },
  },
  {
    says: 'over the same box of settings (learning rate 0.0003 to 0.3, width 2 to 128, both on a log scale)',
    check: (run) => {
      for (const t of trials(run)) {
        const lr = Number(t.lr);
        const width = Number(t.width);
        assert.ok(lr >= 10 ** -3.5 * 0.99 && lr <= 10 ** -0.5 * 1.01, `learning rate ${t.lr} outside the box`);
        assert.ok(width >= 2 && width <= 128, `width ${t.width} outside the box`);
      }
    },
  },
  {
    says: 'Width 4 is too narrow at every learning rate',
    check: (run) => {
      const g = grid(run);
      for (const lr of g.lrs) assert.ok(g.at(lr, 4).mean < 0.6, `lr ${lr}, width 4: mean ${g.at(lr, 4).mean}`);
    },
  },
  {
    says: 'in this box width moves the mean accuracy more than the learning rate does',
    check: (run) => {
      const widthMoves = run.numbers('grid-seeds', /^lr [\d.]+: width moves the mean by ([\d.]+)$/m);
      const lrMoves = run.numbers('grid-seeds', /^width \d+: the learning rate moves the mean by ([\d.]+)$/m);
      assert.equal(widthMoves.length, 3);
      assert.equal(lrMoves.length, 3);
      assert.ok(Math.min(...widthMoves) > Math.max(...lrMoves), `width moves ${widthMoves.join(', ')}; learning rate moves ${lrMoves.join(', ')}`);
    },
  },
  {
    says: 'at 0.01 their intervals overlap, while at 0.001 and 0.1 the wider net is ahead on average',
    check: (run) => {
      const g = grid(run);
      const [narrow, wide] = [g.at('0.01', 16), g.at('0.01', 64)];
      assert.ok(Math.abs(narrow.mean - wide.mean) < narrow.half + wide.half, `lr 0.01: width 16 ${narrow.mean} ± ${narrow.half}, width 64 ${wide.mean} ± ${wide.half}`);
      for (const lr of ['0.001', '0.1']) assert.ok(g.at(lr, 64).mean > g.at(lr, 16).mean, `lr ${lr}: width 16 ${g.at(lr, 16).mean}, width 64 ${g.at(lr, 64).mean}`);
    },
  },
  {
    says: 'at width 64 the three learning rates land closer together than at width 16',
    check: (run) => {
      const g = grid(run);
      const spread = (w: number) => Math.max(...g.lrs.map((lr) => g.at(lr, w).mean)) - Math.min(...g.lrs.map((lr) => g.at(lr, w).mean));
      assert.ok(spread(64) < spread(16), `spread over learning rates: width 64 ${spread(64)}, width 16 ${spread(16)}`);
    },
  },
  {
    says: "The two searches' best trials differ by less than one standard error of a validation accuracy on 300 images",
    check: (run) => {
      const match = /best grid and best random trial differ by ([\d.]+) \((\d+) of 300 validation images\); one standard error .* is ([\d.]+)$/m.exec(run.text('grid-seeds'));
      if (!match) fail(`no comparison line:\n${run.text('grid-seeds')}`);
      const [gap, se] = [parseNumber(match[1] ?? ''), parseNumber(match[3] ?? '')];
      assert.ok(gap < se, `gap ${gap}, standard error ${se}`);
      const best = (search: string) => Math.max(...trials(run).filter((t) => t.search === search).map((t) => t.accuracy));
      assert.ok(Math.abs(Math.abs(best('grid') - best('random')) - gap) < 0.0015, 'the printed gap is the tables’ gap');
    },
  },
  {
    says: 'about $\\sqrt{p(1-p)/300} \\approx 1\\,\\%$ near $p = 0.97$',
    check: (run) => {
      const se = run.number('grid-seeds', /one standard error of a validation accuracy near [\d.]+ is ([\d.]+)/);
      assert.ok(se > 0.007 && se < 0.013, `standard error ${se}`);
    },
  },
  {
    says: 'With $n = 9$ and $q = 0.05$: grid $0.15 / 0.95 \\approx 0.158$ against random $1 - 0.95^9 \\approx 0.370$',
    check: (run) => {
      assert.equal(run.number('check-random-vs-grid', /predicted q·k \/ \(1 − q\) = ([\d.]+)/), 0.158);
      assert.equal(run.number('check-random-vs-grid', /predicted 1 − \(1 − q\)\^9 = ([\d.]+)/), 0.37);
      const grid = run.number('check-random-vs-grid', /^grid: +([\d.]+)/m);
      const random = run.number('check-random-vs-grid', /^random: +([\d.]+)/m);
      assert.ok(Math.abs(grid - 0.158) < 0.005 && Math.abs(random - 0.37) < 0.006, `simulated grid ${grid}, random ${random}`);
    },
  },
];
