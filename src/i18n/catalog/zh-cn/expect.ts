/** `expect.*` 与 `test(...)` 结果的全部文字（简体中文）：键与 ../en/expect.ts 一一对应。 */
import type * as en from '../en/expect';
import { spaced, spacedBefore } from '../cjk-spacing';
import { formatFigure as formatNumber, formatShape } from '../format-figures';

export const expectMessages: typeof en.expectMessages = {
  shapeMismatch: (what, expected, got) =>
    `${spacedBefore(what)}的形状是 ${formatShape(got)}，但期望的形状是 ${formatShape(expected)}。检查你在哪个轴上做归约或变形（reshape）。`,
  valueMismatch: (what, info) =>
    `${spacedBefore(what)}在索引 ${formatShape(info.index)} 处不够接近：期望值为 ${formatNumber(info.expected)}，实际得到 ${formatNumber(info.got)}。` +
    `${info.size} 个值中有 ${info.mismatches} 个不一致（形状 ${formatShape(info.shape)}；允许 |实际值 − 期望值| ≤ ${formatNumber(info.atol)} + ${formatNumber(info.rtol)}·|期望值|）。`,
  notFinite: (what, index, got) =>
    `${spacedBefore(what)}在索引 ${formatShape(index)} 处为 ${formatNumber(got)}。出现 NaN 或 Infinity 通常意味着溢出：对很大的数取 exp()，或者计算了 log(0)。可以在 exp 之前先减去最大值，或在 log 里加一个很小的 epsilon。`,
  dtypeMismatch: (what, expected, got) =>
    `${spacedBefore(what)}的数据类型（dtype）是 ${got}，但期望的是 ${expected}。用 tf.cast(x, '${expected}') 转换，或者直接以该数据类型创建。`,
  notATensor: (what, got) => `${spacedBefore(what)}应当是张量或数字数组，但它是${spaced(got)}。`,
  rowsSum: (what, row, expected, got) =>
    `${spacedBefore(what)}的第 ${row} 行之和为 ${formatNumber(got)}，但每一行之和都应为 ${formatNumber(expected)}。请沿最后一个轴（axis -1）归一化。`,
  notEqual: (what, expected, got) => `${spacedBefore(what)}应当是 ${expected}，但它是 ${got}。`,
  belowBar: (what, bar, got) => `${spacedBefore(what)}为 ${formatNumber(got)}，但至少需要达到 ${formatNumber(bar)}。`,
  aboveBar: (what, bar, got) => `${spacedBefore(what)}为 ${formatNumber(got)}，但最多只能为 ${formatNumber(bar)}。`,
};

export const expectLabels: typeof en.expectLabels = {
  yourResult: '你的结果',
  expectedValue: '期望值',
  raggedArray: '一个不规则数组（各行长度不同）',
  disposedTensor: '一个已释放（dispose）的张量',
  both: (first, second) => `${first} 和 ${second}`,
};

export const testMessages: typeof en.testMessages = {
  testTimedOut: (seconds) => `超时：测试没有在 ${seconds} 秒内完成。检查是否有永不结束的循环，或者训练时间远超所需。`,
  summary: (passed, total) => `${total} 个测试中通过了 ${passed} 个`,
  threw: (error) => `测试抛出了 ${error.name}：${error.message}`,
  noAssertion: () =>
    '它没有调用任何 expect.*，因此不可能失败：请用 expect.shape、expect.allClose、expect.equal 或 expect.that 检查一个值。',
  badTest: (got) => `test(name, fn) 需要一个名字（字符串）和一个函数，但收到的是 ${got}。`,
  listLabel: () => '测试',
  verdict: (name, status, message) =>
    status === 'passed'
      ? `✓ ${name}：通过${message ? `（${message}）` : ''}`
      : `${status === 'failed' ? '✗' : '⏱'} ${name}：${status === 'failed' ? '未通过' : '超时'}。${message}`,
};
