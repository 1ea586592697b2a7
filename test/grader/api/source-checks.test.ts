import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createSourceChecks } from '../../../src/grader/api/source-checks';
import { GradeFailure } from '../../../src/grader/api/grade-failure';
import { grade } from '../../../src/grader/worker/grade-core';
import { nodeGradeEnvironment } from '../../../src/grader/realm/node-realm';

const isTensorMethod = (name: string) => typeof (tf.Tensor.prototype as unknown as Record<string, unknown>)[name] === 'function';
const source = (code: string) => createSourceChecks(code, isTensorMethod);
const SOFTMAX_ONES = ['tf.softmax', 'tf.logSoftmax', 'tf.losses'];
const WHY = 'Build it from tf.exp, tf.sum and tf.log.';

/** The message `fn` fails with (and that it fails with a GradeFailure). */
function failureOf(fn: () => void): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GradeFailure);
    return (error as Error).message;
  }
  throw new Error('expected a failure');
}

const forbidden = (code: string) => failureOf(() => source(code).forbids(SOFTMAX_ONES, WHY));

describe('source.forbids (pinned wording)', () => {
  it('names the op, its line and the line itself, then why', () => {
    expect(forbidden('function f(z) {\n  return tf.softmax(z);\n}')).toBe(
      'Your code uses tf.softmax on line 2: `return tf.softmax(z);`. Build it from tf.exp, tf.sum and tf.log.',
    );
  });

  it('covers everything under a forbidden namespace, and names the other forbidden uses', () => {
    const code = 'const a = tf.losses.softmaxCrossEntropy(y, z);\nconst b = tf.losses.logLoss(y, p);';
    expect(forbidden(code)).toBe(
      'Your code uses tf.losses.softmaxCrossEntropy on line 1: `const a = tf.losses.softmaxCrossEntropy(y, z);`. Build it from tf.exp, tf.sum and tf.log. (Also not allowed here: tf.losses.logLoss (line 2).)',
    );
  });

  it('counts the uses of the first name and lists the others', () => {
    const code = 'const p = tf.softmax(z);\nconst q = z.logSoftmax();\nconst r = tf.softmax(q);';
    expect(forbidden(code)).toBe(
      'Your code uses tf.softmax on line 1: `const p = tf.softmax(z);`. Build it from tf.exp, tf.sum and tf.log. (It is used 2 times, on lines 1 and 3. Also not allowed here: tf.logSoftmax (line 2).)',
    );
  });

  it('sees a forbidden op taken under another name', () => {
    expect(forbidden('const { softmax: sm } = tf;\nsm(z);')).toBe(
      'Your code uses tf.softmax on line 1: `const { softmax: sm } = tf;`. Build it from tf.exp, tf.sum and tf.log. (It is used 2 times, on lines 1 and 2.)',
    );
    expect(forbidden('const sm = tf.logSoftmax;')).toMatch(/^Your code uses tf\.logSoftmax on line 1/);
    expect(forbidden('const t = tf;\nconst { losses } = t;\n\nlosses.softmaxCrossEntropy(y, z);')).toBe(
      'Your code uses tf.losses on line 2: `const { losses } = t;`. Build it from tf.exp, tf.sum and tf.log. (Also not allowed here: tf.losses.softmaxCrossEntropy (line 4).)',
    );
    expect(failureOf(() => source('let f;\nf = tf.softmax;\n').forbids(['tf.softmax'], WHY))).toMatch(
      /^Your code uses tf\.softmax on line 2/,
    );
  });

  it('names the learner’s own name when the use is through it', () => {
    expect(failureOf(() => source('const { softmax: sm } = tf;\nsm(z);').forbids(['tf.softmax.x', 'tf.softmax'], WHY))).toMatch(
      /^Your code uses tf\.softmax on line 1/,
    );
    const aliasOnly = source('const sm = globalThis["tf"];\nsm.softmax(z);');
    expect(failureOf(() => aliasOnly.forbids(['tf.softmax'], WHY))).toMatch(/^Your code uses tf\.softmax on line 2/);
    expect(failureOf(() => source('const L = tf.losses;\nL.logLoss(y, p);').forbids(['tf.losses.logLoss'], WHY))).toBe(
      'Your code uses tf.losses.logLoss on line 2: `L.logLoss(y, p);`. Build it from tf.exp, tf.sum and tf.log.',
    );
    expect(failureOf(() => source('const { grad } = tf;\nconst g = grad(f);').forbids(['tf.grad'], WHY))).toBe(
      'Your code uses tf.grad on line 1: `const { grad } = tf;`. Build it from tf.exp, tf.sum and tf.log. (It is used 2 times, on lines 1 and 2.)',
    );
    expect(failureOf(() => source('var g = tf.grad;\nfunction h() { return g(f); }').forbids(['tf.grad'], WHY))).toMatch(
      /\(It is used 2 times, on lines 1 and 2\.\)$/,
    );
  });

  it('reports a use through a learner name as such when the name itself is the only use', () => {
    // The alias is made by an assignment inside a function the grader never runs: still seen.
    const code = 'let sm;\nfunction setUp() { sm = tf.softmax; }\nfunction f(z) { return sm(z); }';
    expect(failureOf(() => source(code).forbids(['tf.softmax'], WHY))).toBe(
      'Your code uses tf.softmax on line 2: `function setUp() { sm = tf.softmax; }`. Build it from tf.exp, tf.sum and tf.log. (It is used 2 times, on lines 2 and 3.)',
    );
    expect(failureOf(() => source('const { softmax: sm } = tf;\n').forbids(['tf.softmax'], WHY))).toMatch(/on line 1:/);
    const onlyAlias = failureOf(() => source('function f(z) { return sm(z); }\nvar sm = tf.softmax;').forbids(['tf.softmax'], WHY));
    expect(onlyAlias).toBe(
      'Your code uses tf.softmax (under the name `sm`) on line 1: `function f(z) { return sm(z); }`. Build it from tf.exp, tf.sum and tf.log. (It is used 2 times, on lines 1 and 2.)',
    );
  });

  it('sees a written-out computed name and the tensor-method form', () => {
    expect(forbidden("const p = tf['softmax'](z);")).toMatch(/^Your code uses tf\.softmax on line 1/);
    expect(forbidden('const p = tf[`logSoftmax`](z);')).toMatch(/^Your code uses tf\.logSoftmax on line 1/);
    expect(forbidden('const p = globalThis.tf.softmax(z);')).toMatch(/^Your code uses tf\.softmax on line 1/);
    expect(forbidden('const p = z.sub(1).softmax();')).toBe(
      'Your code uses tf.softmax (as the tensor method softmax(), which is the same op) on line 1: `const p = z.sub(1).softmax();`. Build it from tf.exp, tf.sum and tf.log.',
    );
    expect(forbidden('const p = z?.logSoftmax();')).toMatch(/^Your code uses tf\.logSoftmax \(as the tensor method logSoftmax\(\)/);
  });

  it('names a computed name it cannot resolve', () => {
    expect(forbidden("const name = 'soft' + 'max';\nconst p = tf[name](z);")).toBe(
      'Your code uses tf[…] with a computed name, which hides whether it is one of tf.softmax, tf.logSoftmax, tf.losses on line 2: `const p = tf[name](z);`. Build it from tf.exp, tf.sum and tf.log.',
    );
  });

  it('passes code that only mentions the names in comments, strings or its own functions', () => {
    const code = [
      '// Not tf.softmax: built by hand. tf.losses would hide the point.',
      "const note = 'tf.softmax';",
      'function softmax(z) {',
      '  return tf.tidy(() => { const e = z.sub(z.max(-1, true)).exp(); return e.div(e.sum(-1, true)); });',
      '}',
      'const losses = { mine: (z) => softmax(z) };',
      'softmax(tf.zeros([1, 2]));',
      'losses.mine(tf.zeros([1, 2]));',
    ].join('\n');
    expect(() => source(code).forbids(SOFTMAX_ONES, WHY)).not.toThrow();
    expect(() => source('const m = tf.max;\nm(z);').forbids(['tf.maximum'], WHY)).not.toThrow();
  });

  it('a forbidden method name matches any object’s method', () => {
    expect(failureOf(() => source('await model.fit(xs, ys, { epochs: 5 });').forbids(['.fit'], 'Train by hand.'))).toBe(
      'Your code uses .fit(…) on line 1: `await model.fit(xs, ys, { epochs: 5 });`. Train by hand.',
    );
    expect(() => source('const fitted = fitLine(xs, ys);').forbids(['.fit'], 'Train by hand.')).not.toThrow();
  });

  it('rejects a call without names or a reason (a bug in tests.js)', () => {
    expect(() => source('').forbids('tf.softmax' as unknown as string[], WHY)).toThrow(TypeError);
  });

  it('a submission that does not parse fails with the syntax error and its line', () => {
    expect(failureOf(() => source('const x = ;').forbids(['tf.softmax'], WHY))).toMatch(/^Your code threw SyntaxError on line 1: /);
  });
});

describe('source.forbidsAutodiff and source.forbidsOptimizers', () => {
  it('autodiff: tf.grad and its relatives, with the default reason', () => {
    expect(failureOf(() => source('const g = tf.valueAndGrad(loss);').forbidsAutodiff())).toBe(
      'Your code uses tf.valueAndGrad on line 1: `const g = tf.valueAndGrad(loss);`. Work the gradient out by hand and compute it with tensor operations: the point is to see what tf.grad would do for you.',
    );
    expect(failureOf(() => source('tf.variableGrads(() => f());').forbidsAutodiff('Derive it.'))).toMatch(
      /^Your code uses tf\.variableGrads on line 1: .*\. Derive it\.$/,
    );
    expect(() => source('const gw = r.mul(xs).mean().mul(2);').forbidsAutodiff()).not.toThrow();
  });

  it('optimizers: tf.train.*, minimize and fit, with the default reason', () => {
    expect(failureOf(() => source('const opt = tf.train.sgd(0.1);\nopt.minimize(() => loss());').forbidsOptimizers())).toBe(
      'Your code uses tf.train.sgd on line 1: `const opt = tf.train.sgd(0.1);`. Take the step yourself: parameter = parameter − learningRate × gradient, with plain numbers or tensors. (Also not allowed here: .minimize(…) (line 2).)',
    );
    expect(failureOf(() => source('const o = new tf.SGDOptimizer(0.1);').forbidsOptimizers())).toMatch(
      /^Your code uses tf\.SGDOptimizer on line 1/,
    );
    expect(() => source('w -= learningRate * gradW;').forbidsOptimizers()).not.toThrow();
  });
});

describe('source.forbidsLoopsIn (pinned wording)', () => {
  const vectorised = 'function softmax(z) {\n  const e = z.sub(z.max(-1, true)).exp();\n  return e.div(e.sum(-1, true));\n}';

  it('names the loop, its line and the line itself, with the default reason', () => {
    const code = 'function softmax(z) {\n  const rows = z.arraySync();\n  for (const row of rows) {\n    row.push(0);\n  }\n}';
    expect(failureOf(() => source(code).forbidsLoopsIn('softmax'))).toBe(
      'Your softmax() runs a for…of loop on line 3: `for (const row of rows) {`. Write it with whole-tensor operations (sub, exp, sum over an axis…), which work on every row and element at once: no loop over them, in JavaScript or in tensors.',
    );
  });

  it('sees for, while and per-element array methods, and loops in the functions it calls', () => {
    const loopOf = (code: string) => failureOf(() => source(code).forbidsLoopsIn('f', 'Vectorise.'));
    expect(loopOf('function f(z) {\n  let i = 0;\n  while (i < 3) i++;\n}')).toBe(
      'Your f() runs a while loop on line 3: `while (i < 3) i++;`. Vectorise.',
    );
    expect(loopOf('const f = (z) => z.arraySync().map((row) => row[0]);')).toBe(
      'Your f() runs .map(…) on line 1: `const f = (z) => z.arraySync().map((row) => row[0]);`. Vectorise.',
    );
    expect(
      loopOf(
        'function rowMax(row) {\n  let m = -Infinity;\n  for (let i = 0; i < row.length; i++) m = Math.max(m, row[i]);\n  return m;\n}\nfunction f(z) { return rowMax(z); }',
      ),
    ).toBe(
      'Your f() runs a for loop on line 3 (in rowMax(), which it calls): `for (let i = 0; i < row.length; i++) m = Math.max(m, row[i]);`. Vectorise.',
    );
    expect(loopOf('function f(n) { return Array.from({ length: n }, (_, i) => i); }')).toMatch(
      /^Your f\(\) runs Array\.from\(…, fn\) on line 1/,
    );
  });

  it('passes vectorised code, and loops elsewhere in the file', () => {
    expect(() => source(`${vectorised}\nfor (let i = 0; i < 3; i++) softmax(tf.zeros([1, 2]));`).forbidsLoopsIn('softmax')).not.toThrow();
    expect(() => source('function a() { return b(); }\nfunction b() { return a(); }').forbidsLoopsIn('a')).not.toThrow();
  });

  it('a function that is not there fails like a missing name', () => {
    expect(failureOf(() => source(vectorised).forbidsLoopsIn('crossEntropy'))).toBe(
      'Your code does not define `crossEntropy`. Keep the name from the starter code, declared at the top level (function crossEntropy(…) or const crossEntropy = …).',
    );
  });
});

describe('source in tests.js, through grade', () => {
  it('is a global of tests.js and its failure is the test’s message', async () => {
    const env = await nodeGradeEnvironment();
    const tests = "test('builds softmax by hand', () => { source.forbids(['tf.softmax'], 'Use tf.exp.'); });";
    const report = await grade(env, { code: 'function f(z) { return tf.softmax(z); }', tests, timeLimitSeconds: 5 });
    expect(report.tests[0]?.message).toBe('Your code uses tf.softmax on line 1: `function f(z) { return tf.softmax(z); }`. Use tf.exp.');
    const clean = await grade(env, { code: 'function f(z) { return tf.exp(z); }', tests, timeLimitSeconds: 5 });
    expect(clean.summary).toBe('1 of 1 tests passed');
  }, 60_000);
});
