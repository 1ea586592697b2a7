/** 内核、代码单元格控件和内核栏的全部文字（简体中文）：键与 ../en/runtime.ts 一一对应。 */
import type * as en from '../en/runtime';
import { BACKEND_LABELS, formatBytes, formatRunTime, type BackendId } from '../runtime-units';

const formatDuration = (ms: number) => formatRunTime(ms, 'zh-cn');
const backendLabel = (name: BackendId) => BACKEND_LABELS[name];
const tensors = (n: number) => `${n} 个张量`;

export const runtimeMessages: typeof en.runtimeMessages = {
  // 代码单元格的无障碍名称：区域、按钮和“输出”。
  cellName: (index: number) => `代码单元格 ${index}`,
  runButton: () => '运行',
  stopButton: () => '停止',
  resetButton: () => '重置',
  outputName: () => '输出',

  // 单元格状态（按钮旁的 role="status"）：运行结束后总以“完成”“出错”或“已停止”结尾。
  statusNotRun: () => '尚未运行',
  statusQueued: () => '等待前一个单元格运行完…',
  statusStarting: () => '正在启动内核…',
  statusRunning: () => '正在运行…',
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

  // 内核栏。
  kernelIdle: () => '内核将在第一次运行时启动',
  kernelStarting: (backend) => (backend === 'auto' ? '正在启动内核并测量最快的后端…' : `正在 ${backendLabel(backend)} 上启动内核…`),
  kernelReady: (backend, wasmThreads, isolated, cores, { isolatedBy, offlineWorker = false } = {}) => {
    let note = '';
    if (backend === 'wasm') {
      const threads = wasmThreads ?? 1;
      if (!isolated) {
        note = '，多线程未开启（页面没有跨源隔离）';
        if (offlineWorker) note += '。此主机没有发送跨源隔离所需的响应头：从你打开的下一个页面起，本站的 service worker 会添加它们';
      } else if (cores === undefined || cores <= threads) note = `，多线程已开启（${threads} 个线程）`;
      else note = `，多线程已开启（使用 ${cores} 个核心中的 ${threads} 个${cores - threads === 1 ? '；留一个给本页面' : ''}）`;
      if (isolated && isolatedBy === 'service-worker') note += '。此主机没有发送跨源隔离所需的响应头：由本站的 service worker 添加';
    }
    return `内核已就绪，运行在 ${backendLabel(backend)} 上${note}`;
  },
  workerFailedToLoad: () => '内核的 worker 加载失败',
  kernelNotStarted: () => '内核没有启动',
  noBackend: () => '这个浏览器中没有任何 TensorFlow.js 后端能够启动',
  editorLabel: (index: number) => `单元格 ${index} 的代码`,
  kernelRestarted: () => '内核已重启：之前运行中定义的名称都已清空。',
  kernelFailed: (message: string) => `内核无法启动：${message}。请按“重启”再试一次。`,
  backendFallback: (requested, used) => `这个浏览器不支持 ${backendLabel(requested)}，因此内核运行在 ${backendLabel(used)} 上。`,
  autoOption: (chosen) => (chosen === undefined ? '自动（本机最快的）' : `自动（本机最快：${backendLabel(chosen)}）`),
  softwareWebglOption: () => 'WebGL（这里是软件渲染：很慢）',
  backendOption: (name, probeMs) => {
    if (probeMs === null) return `${backendLabel(name)}（不可用）`;
    return probeMs === undefined ? backendLabel(name) : `${backendLabel(name)}（每次探测 ${probeMs.toFixed(1)} 毫秒）`;
  },

  // 编辑与自动保存。
  editHint: () => '点击编辑这段代码',
  editorLoading: () => '正在加载编辑器…',
  editorFailed: (message: string) => `编辑器无法加载（${message}）；你仍然可以按原样运行代码。`,
  undoReset: () => '撤销重置',
  resetDone: () => '代码已重置为课程中的版本。',
  restoredEdit: () => '你编辑过的代码（保存在此浏览器中）',

  // 用键盘编辑：代码的无障碍描述，以及学习者在按 Enter 之前打字时编辑器给出的提示。
  editKeys: () => '按 Enter 编辑代码，按 Escape 结束编辑。按 Ctrl+Enter（Mac 上按 Cmd+Enter）运行单元格。',
  editPrompt: () => '按 Enter 编辑代码。',

  readyWithFallback: (ready: string, fallback: string) => `${ready}。${fallback}`,
};
