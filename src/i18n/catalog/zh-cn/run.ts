/** 代码单元格运行起来以后的全部文字（简体中文）：键与 ../en/run.ts 一一对应。 */
import type * as en from '../en/run';
import { formatBytes, formatRunTime } from '../runtime-units';

const formatDuration = (ms: number) => formatRunTime(ms, 'zh-cn');
const tensors = (n: number) => `${n} 个张量`;

export const runMessages: typeof en.runMessages = {
  statusDone: (ms: number) => `运行用时 ${formatDuration(ms)} — 完成`,
  statusError: (line: number | null) => (line === null ? '运行失败 — 出错' : `第 ${line} 行运行失败 — 出错`),
  statusStoppedByYou: (ms: number) => `运行 ${formatDuration(ms)}后被中断 — 已停止`,
  statusTimeLimit: (seconds: number) => `超过了 ${seconds} 秒的时间限制 — 已停止`,
  statusCancelled: () => '未运行：内核已重启 — 已停止',
  statusDequeued: () => '已从队列中移除 — 已停止',
  statusCrashed: () => '内核崩溃 — 已停止',

  // 单元格“输出”中的提示。
  stoppedNotice: () => '你停止了这次运行。内核已重启，之前的单元格定义的一切都已清空：在运行用到这些名称的单元格之前，请先重新运行它们。',
  timeLimitNotice: (seconds: number) =>
    `这次运行超过了 ${seconds} 秒的时间限制，因此被停止，内核也已重启（之前单元格中的名称都已清空）。` +
    '如果这次运行需要更长时间，请在页面顶部的内核栏中调大“时间限制”，重新运行之前的单元格，再运行这一个。',
  cancelledNotice: () => '内核重启时，这个单元格还在等待运行，所以它没有运行。',
  kernelCrashedNotice: () => '内核崩溃了（通常是内存耗尽），已重新启动为干净的状态。之前单元格中的名称都已清空：请重新运行它们。',
  leak: (leak) => {
    const held = `本次运行后的内存：已分配 ${tensors(leak.after.numTensors)}（${formatBytes(leak.after.numBytes)}）`;
    if (leak.addedTensors > 0) {
      return (
        `${held}；本次运行新增了 ${tensors(leak.addedTensors)}（${formatBytes(leak.addedBytes)}）。` +
        '如果不再需要它们，请用 tensor.dispose() 释放，或把计算放进 tf.tidy(() => …)，中间结果会自动释放。'
      );
    }
    if (leak.addedTensors < 0) return `${held}；本次运行释放了 ${tensors(-leak.addedTensors)}。`;
    return `${held}；本次运行没有新增张量。`;
  },

  // 错误（输出视图也会显示原始的错误消息）。
  thrownValueName: () => '抛出的值',
  thrownValue: (shown: string) =>
    `单元格抛出了 ${shown}，它不是 Error，因此没有错误消息，也没有行号。请改为 throw new Error("出了什么问题")。`,
  unhandledRejection: (reason: string) =>
    `有一个 Promise 被拒绝（rejected），但没有代码 await 或捕获它：${reason}。请 await 这个 Promise（或加上 .catch），让错误在发生的地方停止单元格。`,
  syntaxHint: () => '代码无法解析：请检查上面那一行是否缺少括号、逗号或引号。',
  importHint: () => '单元格中不能使用 import/export 语句。tf、show、data、models、seed、time、compare 和 sleep 都可以直接使用。',
  outOfMemory: (detail: string) => `内存不足，无法创建这个张量（${detail}）。请使用更小的形状，或用 dispose() 释放不再需要的张量。`,
  tensorTooLarge: (dtype: string, shape: readonly number[], bytes: number, limit: number) =>
    `形状为 [${shape.join(', ')}] 的 ${dtype} 张量需要 ${formatBytes(bytes)}；这个后端的单个张量最多只能有 ${formatBytes(limit)}`,
  lateError: () => '这个错误发生在单元格运行结束之后（在定时器或没有被 await 的 Promise 中）。',
  crashedDuringRun: () => '内核在这次运行中停止了响应。',
  workerFailedToLoad: () => '内核的 worker 加载失败',
  kernelNotStarted: () => '内核没有启动',
  noBackend: () => '这个浏览器中没有任何 TensorFlow.js 后端能够启动',
  kernelRestarted: () => '内核已重启：之前运行中定义的名称都已清空。',
};
