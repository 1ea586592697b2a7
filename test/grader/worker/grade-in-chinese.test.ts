/**
 * A Check from a Chinese page reports in Chinese, end to end in node: the grading side's
 * messages (`expect.*`, the summary, a missing function, a source check) follow `setLocale` in
 * the grading realm, and the learner realm, a separate worker thread with no document, is told
 * the locale by the grader, so what it writes itself (a learner tool's error, the verdict of the
 * learner's own test) is Chinese too. An English Check right after is English again.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { grade, type GradeEnvironment } from '../../../src/grader/worker/grade-core';
import { nodeGradeEnvironment } from '../../../src/grader/realm/node-realm';
import { setLocale } from '../../../src/i18n/current-locale';

let env: GradeEnvironment;
beforeAll(async () => {
  env = await nodeGradeEnvironment();
});
afterEach(() => setLocale('en'));

const tests = `
test('shape', async () => {
  expect.shape(await learner.call('rowSums', tf.tensor2d([[1, 2], [3, 4]])), [2]);
});
`;
// Sums over the wrong axis keeping the dimension: shape [1, 2] instead of [2].
const WRONG_AXIS = 'function rowSums(x) { return x.sum(0, true); }';
// Asks for a data set that does not exist: the learner realm throws while loading the code.
const UNKNOWN_DATA = "const d = await data.load('nope');\nfunction rowSums(x) { return x.sum(1); }";

/** A Check of `code` against `testsJs` as a page in `locale` asks for it. */
async function check(locale: 'en' | 'zh-cn', code: string, testsJs = tests) {
  setLocale(locale);
  return grade(env, { code, tests: testsJs, timeLimitSeconds: 5 });
}

describe('a Check from a zh-cn page', () => {
  it('fails an expect.* in Chinese, with a Chinese summary; the same Check from an English page is English', async () => {
    const zh = await check('zh-cn', WRONG_AXIS);
    expect(zh.summary).toBe('1 个测试中通过了 0 个');
    expect(zh.tests[0]?.message).toBe('你的结果的形状是 [1, 2]，但期望的形状是 [2]。检查你在哪个轴上做归约或变形（reshape）。');

    const english = await check('en', WRONG_AXIS);
    expect(english.summary).toBe('0 of 1 tests passed');
    expect(english.tests[0]?.message).toBe(
      'Your result has shape [1, 2], but shape [2] was expected. Check which axis you reduce or reshape over.',
    );
  }, 60_000);

  it('names a missing function in Chinese', async () => {
    const zh = await check('zh-cn', 'function rowSum(x) { return x.sum(1); }');
    expect(zh.tests[0]?.message).toMatch(/^你的代码没有定义 `rowSums`。/);
  }, 60_000);

  it('explains a source check in Chinese, the loop named in Chinese too', async () => {
    const noLoops = "test('no loops', () => { source.forbidsLoopsIn('rowSums'); });";
    const loop =
      'function rowSums(x) {\n  const out = [];\n  for (const row of x.arraySync()) out.push(row[0] + row[1]);\n  return tf.tensor(out);\n}';
    const zh = await check('zh-cn', loop, noLoops);
    expect(zh.tests[0]?.message).toBe(
      '你的 rowSums() 在第 3 行使用了 for…of 循环：`for (const row of x.arraySync()) out.push(row[0] + row[1]);`。' +
        '请用整张量运算来写（sub、exp、沿某个轴 sum……），它们一次作用于所有行和所有元素：不要对它们写循环，无论是 JavaScript 循环还是张量上的循环。',
    );
  }, 60_000);

  it('reports a learner tool’s error from the learner realm in Chinese (the realm was told the locale)', async () => {
    const zh = await check('zh-cn', UNKNOWN_DATA);
    expect(zh.tests[0]?.status).toBe('failed');
    expect(zh.tests[0]?.message).toMatch(/^你的代码在第 1 行抛出了 DataError：data\.load：没有名为 'nope' 的数据集。可用的数据集：'/);

    const english = await check('en', UNKNOWN_DATA);
    expect(english.tests[0]?.message).toMatch(/^Your code threw DataError on line 1: data\.load: there is no data set named 'nope'\./);
  }, 60_000);

  it('grades the learner’s own tests in Chinese: their expect runs in the learner realm and speaks Chinese there', async () => {
    const ownTests = `
learner.codeIsTests();
test('tests pass on a correct rowSums', async () => {
  await learner.ownTestsPass('function rowSums(x) { return x.sum(1); }');
});
`;
    // The learner's own test expects the wrong shape, so it fails on the correct implementation.
    const learnerTests = "test('sums rows', () => { expect.shape(rowSums(tf.ones([3, 2])), [2]); });";
    const zh = await check('zh-cn', learnerTests, ownTests);
    expect(zh.tests[0]?.message).toBe(
      '你的测试“sums rows”在正确的实现上也不通过，所以它同样会拒绝好的代码。它给出的信息是：' +
        '你的结果的形状是 [3]，但期望的形状是 [2]。检查你在哪个轴上做归约或变形（reshape）。',
    );
  }, 60_000);
});
