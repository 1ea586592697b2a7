/** 页面上的代码单元格和内核栏在运行开始之前与开始之时的文字（简体中文）：键与 ../en/runtime.ts 一一对应。 */
import type * as en from '../en/runtime';
import { BACKEND_LABELS, type BackendId } from '../runtime-units';

const backendLabel = (name: BackendId) => BACKEND_LABELS[name];

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
  editorLabel: (index: number) => `单元格 ${index} 的代码`,
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
