import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n/current-locale';
import { formatBytes, formatDuration, runtimeMessages as m } from '../../src/runtime/messages';
import { runMessages as r } from '../../src/runtime/run-messages';

describe('runtime messages', () => {
  it('formats sizes and durations', () => {
    expect([formatBytes(0), formatBytes(512), formatBytes(1536), formatBytes(40e9), formatBytes(-2048)]).toEqual([
      '0 B',
      '512 B',
      '1.5 KB',
      '37 GB',
      '-2.0 KB',
    ]);
    expect([formatDuration(12.4), formatDuration(999), formatDuration(1234)]).toEqual(['12 ms', '999 ms', '1.2 s']);
  });

  it('ends every final cell status in done, error or stopped', () => {
    const finals = [
      r.statusDone(12),
      r.statusError(3),
      r.statusError(null),
      r.statusStoppedByYou(1500),
      r.statusTimeLimit(60),
      r.statusCancelled(),
      r.statusDequeued(),
      r.statusCrashed(),
    ];
    for (const status of finals) expect(status).toMatch(/(done|error|stopped)$/);
    expect(finals).toMatchInlineSnapshot(`
      [
        "Ran in 12 ms — done",
        "Failed on line 3 — error",
        "Failed — error",
        "Interrupted after 1.5 s — stopped",
        "Over the 60 s time limit — stopped",
        "Not run: the kernel restarted — stopped",
        "Taken off the queue — stopped",
        "The kernel crashed — stopped",
      ]
    `);
  });

  it('reports leaks with a pointer to tf.tidy and dispose only when the run added tensors', () => {
    const grew = r.leak({ after: { numTensors: 5, numBytes: 2048 }, addedTensors: 2, addedBytes: 1024 });
    expect(grew).toMatchInlineSnapshot(
      `"Memory after this run: 5 tensors (2.0 KB) allocated; this run added 2 tensors (1.0 KB). If you do not need them, free tensors with tensor.dispose(), or compute inside tf.tidy(() => …) so intermediates are freed for you."`,
    );
    const same = r.leak({ after: { numTensors: 1, numBytes: 12 }, addedTensors: 0, addedBytes: 0 });
    expect(same).toBe('Memory after this run: 1 tensor (12 B) allocated; this run added none.');
    expect(same).not.toMatch(/tidy/);
    expect(r.leak({ after: { numTensors: 0, numBytes: 0 }, addedTensors: -3, addedBytes: -12 })).toBe(
      'Memory after this run: 0 tensors (0 B) allocated; this run freed 3 tensors.',
    );
  });

  it('says how to raise the time limit and that the kernel restarted', () => {
    expect(r.timeLimitNotice(60)).toMatchInlineSnapshot(
      `"This run went past the 60 s time limit, so it was stopped and the kernel restarted (names from earlier cells are gone). If the run needs longer, raise "Time limit" in the kernel bar at the top of the page, run the earlier cells again, then this one."`,
    );
    expect(r.stoppedNotice()).toMatch(/kernel restarted/);
  });

  it('describes the kernel and backends', () => {
    expect(m.kernelReady('wasm', 1, true, 2)).toBe('Kernel ready on WASM, threads on (1 of 2 cores; one is left for this page)');
    expect(m.kernelReady('wasm', 7, true, 8)).toBe('Kernel ready on WASM, threads on (7 of 8 cores; one is left for this page)');
    expect(m.kernelReady('wasm', 8, true, 16)).toBe('Kernel ready on WASM, threads on (8 of 16 cores)'); // tfjs's pool holds at most 8
    expect(m.kernelReady('wasm', 1, true, 1)).toBe('Kernel ready on WASM, threads on (1 thread)');
    expect(m.kernelReady('wasm', 2, true)).toBe('Kernel ready on WASM, threads on (2 threads)');
    expect(m.kernelReady('wasm', null, false)).toBe('Kernel ready on WASM, threads off (the page is not cross-origin isolated)');
    expect(m.kernelReady('cpu', null, true)).toBe('Kernel ready on CPU');
    expect(m.backendFallback('webgpu', 'wasm')).toBe('WebGPU is not available in this browser, so the kernel runs on WASM.');
    expect(m.autoOption('wasm')).toBe('Auto (fastest here: WASM)');
    expect(m.backendOption('cpu', 37.25)).toBe('CPU (37.3 ms per probe)');
    expect(m.backendOption('webgpu', null)).toBe('WebGPU (not available)');
  });

  it('explains thrown values, rejections and memory errors', () => {
    expect(r.thrownValue('42 (a number)')).toMatchInlineSnapshot(
      `"The cell threw 42 (a number), which is not an Error, so there is no message or line. Throw new Error("what went wrong") instead."`,
    );
    expect(r.unhandledRejection('Error: boom')).toMatch(/^A promise was rejected and nothing awaited or caught it: Error: boom\./);
    expect(r.outOfMemory('Invalid typed array length: 10000000000')).toMatch(/^Not enough memory for this tensor/);
  });
  it('says how to edit a cell by keyboard, in its description and when typing before Enter', () => {
    expect(m.editKeys()).toMatchInlineSnapshot(
      `"Press Enter to edit the code, Escape to stop editing. Ctrl+Enter (Cmd+Enter on a Mac) runs the cell."`,
    );
    expect(m.editPrompt()).toBe('Press Enter to edit the code.');
  });
});

describe('runtime messages in Chinese', () => {
  afterEach(() => setLocale('en'));

  it('names the controls as the course does and ends every final status in 完成, 出错 or 已停止', () => {
    setLocale('zh-cn');
    expect([m.runButton(), m.stopButton(), m.resetButton(), m.outputName(), m.cellName(2)]).toEqual([
      '运行',
      '停止',
      '重置',
      '输出',
      '代码单元格 2',
    ]);
    const finals = [
      r.statusDone(12),
      r.statusDone(1234),
      r.statusError(3),
      r.statusStoppedByYou(1500),
      r.statusTimeLimit(60),
      r.statusCrashed(),
    ];
    expect(finals).toEqual([
      '运行用时 12 毫秒 — 完成',
      '运行用时 1.2 秒 — 完成',
      '第 3 行运行失败 — 出错',
      '运行 1.5 秒后被中断 — 已停止',
      '超过了 60 秒的时间限制 — 已停止',
      '内核崩溃 — 已停止',
    ]);
    expect(formatDuration(999)).toBe('999 毫秒');
  });

  it('counts tensors and threads without an English plural', () => {
    setLocale('zh-cn');
    expect(r.leak({ after: { numTensors: 5, numBytes: 2048 }, addedTensors: 2, addedBytes: 1024 })).toMatch(
      /^本次运行后的内存：已分配 5 个张量（2.0 KB）；本次运行新增了 2 个张量（1.0 KB）。.*tf\.tidy/,
    );
    expect(m.kernelReady('wasm', 1, true, 2)).toBe('内核已就绪，运行在 WASM 上，多线程已开启（使用 2 个核心中的 1 个；留一个给本页面）');
    expect(m.kernelReady('wasm', 2, true)).toBe('内核已就绪，运行在 WASM 上，多线程已开启（2 个线程）');
    expect(m.readyWithFallback(m.kernelReady('wasm', null, false), m.backendFallback('webgpu', 'wasm'))).toBe(
      '内核已就绪，运行在 WASM 上，多线程未开启（页面没有跨源隔离）。这个浏览器不支持 WebGPU，因此内核运行在 WASM 上。',
    );
  });
});
