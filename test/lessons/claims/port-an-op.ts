import assert from 'node:assert/strict';
import { fail, parseNumber, type Claim, type LessonRun } from './claim';

/** One row of the first cell's table, with its figures parsed. */
interface OpRow {
  op: string;
  backend: string;
  maxAbs: number;
  maxRel: number;
  yoursMs: number;
  builtInMs: number;
}

const OPS = ['softmax', 'layer norm', 'GELU, tanh form', 'GELU, erf form', 'conv2d via im2col'] as const;

/** The first cell's table, one record per op and backend. */
function opRows(run: LessonRun): OpRow[] {
  return run.rows('ops').map((row) => ({
    op: row['op'] ?? '',
    backend: row['backend'] ?? '',
    maxAbs: parseNumber(row['max abs error'] ?? ''),
    maxRel: parseNumber(row['max rel error'] ?? ''),
    yoursMs: parseNumber(row['yours ms'] ?? ''),
    builtInMs: parseNumber(row['built-in ms'] ?? ''),
  }));
}

/** The rows of one op, one per backend; fails when the op is missing. */
function rowsOf(run: LessonRun, op: (typeof OPS)[number]): OpRow[] {
  const rows = opRows(run).filter((r) => r.op === op);
  if (rows.length === 0) fail(`the first cell's table has no "${op}" row`);
  return rows;
}

/** The backends the first cell says it ran on. */
function backendsRun(run: LessonRun): string[] {
  const line = run.cell('ops').lines.find((l) => l.startsWith('backends: '));
  if (!line) fail(`the first cell printed no "backends:" line:\n${run.text('ops')}`);
  return line.slice('backends: '.length).split(', ');
}

/** Per backend, the built-in erf GELU against float64: abs error, rel error, and the last x where it is exactly 0. */
function builtInGelu(run: LessonRun) {
  const pattern = /^(\w+): tf\.layers 'gelu' against float64: max abs error (\S+), max rel error (\S+); exactly 0 up to x = (\S+)$/;
  const found = run.cell('ops').lines.flatMap((line) => {
    const m = pattern.exec(line);
    return m ? [{ backend: m[1] ?? '', abs: parseNumber(m[2] ?? ''), rel: parseNumber(m[3] ?? ''), zeroUpTo: parseNumber(m[4] ?? '') }] : [];
  });
  if (found.length === 0) fail(`the first cell printed no line about tf.layers 'gelu':\n${run.text('ops')}`);
  return found;
}

/** The check-ulps cell's worst error of `op`, in ulps, per backend. */
function ulpsOf(run: LessonRun, op: string): number[] {
  const escaped = op.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const values = run.numbers('check-ulps', new RegExp(`^${escaped} on \\w+: worst error ([\\d.]+) ulps`, 'm'));
  if (values.length === 0) fail(`check-ulps printed no line for ${op}:\n${run.text('check-ulps')}`);
  return values;
}

/** What lessons/port-an-op.md tells the learner they will see, each sentence with its check. */
export const claims: Claim[] = [
  {
    says: 'in your browser, the one you chose plus wasm and cpu (the course\'s own tests, in node, have only cpu)',
    check: (run) => {
      const backends = backendsRun(run);
      assert.equal(backends[0], run.backend, `backends: ${backends.join(', ')}`);
      assert.ok(backends.includes('cpu'), `backends: ${backends.join(', ')}`);
      if (run.backend !== 'cpu') assert.ok(backends.includes('wasm'), `backends: ${backends.join(', ')}`);
      for (const op of OPS) assert.deepEqual(rowsOf(run, op).map((r) => r.backend), backends, `${op}: one row per backend`);
    },
  },
  {
    says: 'Every hand-written op agrees with its reference to within a few millionths.',
    check: (run) => {
      for (const row of opRows(run)) assert.ok(row.maxAbs <= 5e-6, `${row.op} on ${row.backend}: max abs error ${row.maxAbs}`);
    },
  },
  {
    says: 'On cpu your softmax is bit for bit tf.softmax',
    check: (run) => {
      const cpu = rowsOf(run, 'softmax').find((r) => r.backend === 'cpu');
      if (!cpu) fail('no softmax row on cpu');
      assert.equal(cpu.maxAbs, 0, `softmax on cpu: max abs error ${cpu.maxAbs}`);
    },
  },
  {
    says: "On cpu, the conv2d row's relative error is far larger than its absolute error suggests: a few of its outputs are close to 0",
    check: (run) => {
      const cpu = rowsOf(run, 'conv2d via im2col').find((r) => r.backend === 'cpu');
      if (!cpu) fail('no conv2d row on cpu');
      // The outputs are of order 1 (the worst absolute error sits at a value near 4), so the
      // absolute error alone suggests a relative error of its size or less.
      assert.ok(cpu.maxAbs > 0 && cpu.maxRel >= 30 * cpu.maxAbs, `conv2d on cpu: max rel ${cpu.maxRel}, max abs ${cpu.maxAbs}`);
    },
  },
  {
    says: 'The tanh form and the erf form differ by up to about 5e-4, near x = ±2.7: about a thousand times the rounding errors in the GELU rows.',
    check: (run) => {
      const m = /max abs difference (\S+) at x = (\S+)$/m.exec(run.text('ops'));
      if (!m) fail(`the first cell printed no tanh-against-erf line:\n${run.text('ops')}`);
      const [difference, x] = [parseNumber(m[1] ?? ''), parseNumber(m[2] ?? '')];
      assert.ok(difference >= 4e-4 && difference <= 6e-4, `difference ${difference}`);
      assert.ok(Math.abs(Math.abs(x) - 2.7) <= 0.2, `at x = ${x}`);
      const rounding = Math.max(...rowsOf(run, 'GELU, tanh form').map((r) => r.maxAbs), ...rowsOf(run, 'GELU, erf form').map((r) => r.maxAbs));
      assert.ok(difference / rounding >= 300 && difference / rounding <= 3000, `difference ${difference}, largest GELU rounding error ${rounding}`);
    },
  },
  {
    says: "tf.layers' erf GELU, checked against float64, has an absolute error below 1e-6 but a relative error of 100 % on every backend: for x below about −5.5 it returns 0",
    check: (run) => {
      const lines = builtInGelu(run);
      assert.deepEqual(lines.map((l) => l.backend), backendsRun(run));
      for (const { backend, abs, rel, zeroUpTo } of lines) {
        assert.ok(abs < 1e-6, `${backend}: abs ${abs}`);
        assert.ok(rel >= 0.99, `${backend}: rel ${rel}`);
        assert.ok(zeroUpTo >= -6 && zeroUpTo <= -5, `${backend}: exactly 0 up to x = ${zeroUpTo}`);
      }
    },
  },
  {
    says: 'The erfc form keeps the relative error below 1e-4 across $[-10, 10]$.',
    check: (run) => {
      for (const row of rowsOf(run, 'GELU, erf form')) assert.ok(row.maxRel < 1e-4, `${row.backend}: max rel ${row.maxRel}`);
    },
  },
  {
    says: 'The im2col convolution is slower than tf.conv2d on every backend',
    check: (run) => {
      for (const row of rowsOf(run, 'conv2d via im2col')) assert.ok(row.yoursMs > row.builtInMs, `${row.backend}: ${row.yoursMs} ms vs ${row.builtInMs} ms`);
    },
  },
  {
    says: 'On cpu, the erf form, about thirty tensor operations each making a pass over memory, is slower than the built-in GELU too.',
    check: (run) => {
      const cpu = rowsOf(run, 'GELU, erf form').find((r) => r.backend === 'cpu');
      if (!cpu) fail('no GELU, erf form row on cpu');
      assert.ok(cpu.yoursMs > cpu.builtInMs, `cpu: ${cpu.yoursMs} ms vs ${cpu.builtInMs} ms`);
    },
  },
  {
    says: "Two correct implementations of one op can therefore disagree by a few ulps, more for long sums such as a convolution's.",
    check: (run) => {
      const backends = backendsRun(run);
      const at = (op: string, backend: string) => ulpsOf(run, op)[backends.indexOf(backend)] ?? fail(`no ulps line for ${op} on ${backend}`);
      // Layer norm and the GELUs, on every backend; softmax where the built-in takes the same steps (cpu).
      const few = [...backends.flatMap((b) => ['layer norm', 'GELU, tanh form', 'GELU, erf form'].map((op) => at(op, b))), at('softmax', 'cpu')];
      assert.ok(Math.max(...few) <= 4, `worst errors of the elementwise and row ops: ${few.join(', ')} ulps`);
      const conv = at('conv2d via im2col', 'cpu');
      assert.ok(conv > Math.max(at('softmax', 'cpu'), at('layer norm', 'cpu'), at('GELU, tanh form', 'cpu'), at('GELU, erf form', 'cpu')), `conv2d on cpu: ${conv} ulps`);
    },
  },
  {
    says: 'Anything from 65520 up rounds to Infinity. $e^{12} \\approx 162755$ already does, so a softmax without the max shift overflows on logits of 12.',
    check: (run) => {
      const text = run.text('check-float16');
      assert.match(text, /65519 → 65504, 65520 → Infinity, e\^12 → Infinity/);
      assert.match(text, /softmax of \[12, 0\] without the max shift, in float16: \[NaN,/);
    },
  },
  {
    says: 'With about 3.3 significant digits, $1 + 4 \\times 10^{-4}$ rounds to 1, and 2049 to 2048.',
    check: (run) => assert.match(run.text('check-float16'), /1 \+ 4e-4 → 1, 2049 → 2048/),
  },
  {
    says: 'adding $10^{-4}$ ten thousand times stops growing at 0.25, not 1.',
    check: (run) => assert.equal(run.number('check-float16', /1e-4 added 10,000 times in float16: ([\d.]+)/), 0.25),
  },
  {
    says: 'The result is $m$ plus a small correction, accurate to a few $u$ relative.',
    check: (run) => {
      const worst = run.number('check-lse', /the stable float32 lse is off by at most ([\d.]+) u/);
      assert.ok(worst <= 4, `${worst} u`);
      assert.ok(run.number('check-lse', /the naive one overflows in (\d+)/) > 0);
    },
  },
  {
    says: 'Two passes subtract the mean from each value first',
    check: (run) => {
      const one = run.number('check-conditioning', /relative error: one pass (\S+) \(/);
      const two = run.number('check-conditioning', /relative error: .*two passes (\S+)$/m);
      assert.ok(one > 1e-2 && two < 1e-5, `one pass ${one}, two passes ${two}`);
    },
  },
  {
    says: 'In float32, $h^* \\approx (3 \\cdot 2^{-24})^{1/3} \\approx 5.6 \\times 10^{-3}$',
    check: (run) => {
      assert.equal(run.number('check-gradient', /central: best step \S+ \(derived (\S+)\)/), 5.6e-3);
      const best = run.number('check-gradient', /central: best step (\S+) \(/);
      assert.ok(best / 5.6e-3 < 3 && 5.6e-3 / best < 3, `best central step ${best}`);
    },
  },
  {
    says: 'and an error of order $\\sqrt{\\varepsilon}$: far worse.',
    check: (run) => {
      const central = run.number('check-gradient', /central: best step .*error there (\S+)$/m);
      const forward = run.number('check-gradient', /forward: best step .*error there (\S+)$/m);
      assert.ok(forward > 10 * central, `best errors: central ${central}, forward ${forward}`);
    },
  },
];
