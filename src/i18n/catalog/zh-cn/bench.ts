/** 速度测试页面脚本的全部文字（简体中文）：键与 ../en/bench.ts 一一对应。 */
import type * as en from '../en/bench';

export const backendLabels: typeof en.backendLabels = {
  cpu: 'CPU（纯 JavaScript）',
  wasm: 'WASM（WebAssembly，SIMD）',
  webgl: 'WebGL（显卡）',
  webgpu: 'WebGPU（显卡）',
};

const WASM_THREAD_LABELS: Record<en.SpeedRowThreads, string> = {
  'every-core': '所有核心',
  kernel: '除一个外的所有核心',
  one: '单线程',
};

export const speedMessages: typeof en.speedMessages = {
  idle: '按下按钮开始测量。每个后端都在各自的 worker 中运行；数据不会离开你的浏览器。',
  rowLabel: (row) => `${backendLabels[row.backend]}${row.threads ? `，${WASM_THREAD_LABELS[row.threads]}` : ''}`,
  lessonsDefault: '课程使用的配置',
  backendNote: ({ renderer, wasmThreads, isolated = false }) => {
    if (renderer) return renderer === 'software' ? '软件渲染' : 'GPU';
    if (wasmThreads === undefined) return '';
    return `${wasmThreads} 个线程${isolated ? '，已跨源隔离' : ''}`;
  },
  rowNote: (notes) => `（${notes.join('；')}）`,
  measuringMatmul: (rowLabel: string, size: number) => `正在测量 ${rowLabel}：${size}×${size} 矩阵乘法…`,
  startingBackend: (backend) => `正在启动 ${backendLabels[backend]}…`,
  measuringTraining: (rowLabel: string) => `正在 ${rowLabel} 上训练第 1 课的网络…`,
  finished: (seconds: number) => `完成，用时 ${seconds.toFixed(1)} 秒。`,
  unavailable: '此浏览器不支持',
  failed: (message: string) => `失败：${message}`,
  workerCrashed: () => '基准测试的 worker 崩溃了',
  softwareWebgl: '这里的 WebGL 使用软件渲染（没有可用的显卡），因此比 WASM 慢：课程会为你选择最快的后端。',
};
