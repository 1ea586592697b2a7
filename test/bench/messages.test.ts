import { afterEach, describe, expect, it } from 'vitest';
import { BACKEND_LABELS, speedMessages } from '../../src/bench/messages.ts';
import { setLocale } from '../../src/i18n/current-locale.ts';

describe('speed page messages', () => {
  it('keeps its wording', () => {
    expect(speedMessages.idle).toMatchInlineSnapshot(
      `"Press a button to measure. Each backend runs in its own worker; nothing leaves your browser."`,
    );
    expect(speedMessages.measuringMatmul('WASM (WebAssembly, SIMD), every core', 512)).toMatchInlineSnapshot(
      `"Measuring WASM (WebAssembly, SIMD), every core: 512×512 matrix multiply…"`,
    );
    expect(speedMessages.rowLabel({ key: 'wasm', backend: 'wasm', threads: 'every-core' })).toMatchInlineSnapshot(
      `"WASM (WebAssembly, SIMD), every core"`,
    );
    expect(speedMessages.rowLabel({ key: 'wasm-kernel', backend: 'wasm', threads: 'kernel' })).toMatchInlineSnapshot(
      `"WASM (WebAssembly, SIMD), every core but one"`,
    );
    expect(speedMessages.rowLabel({ key: 'wasm-one-thread', backend: 'wasm', threads: 'one' })).toMatchInlineSnapshot(
      `"WASM (WebAssembly, SIMD), one thread"`,
    );
    expect(speedMessages.rowLabel({ key: 'cpu', backend: 'cpu' })).toMatchInlineSnapshot(`"CPU (plain JavaScript)"`);
    expect(speedMessages.lessonsDefault).toMatchInlineSnapshot(`"what lessons use"`);
    expect(speedMessages.startingBackend('webgl')).toMatchInlineSnapshot(`"Starting WebGL (graphics card)…"`);
    expect(speedMessages.measuringTraining('CPU (plain JavaScript)')).toMatchInlineSnapshot(
      `"Training the lesson 1 network on CPU (plain JavaScript)…"`,
    );
    expect(speedMessages.finished(12.34)).toMatchInlineSnapshot(`"Finished in 12.3 s."`);
    expect(speedMessages.unavailable).toMatchInlineSnapshot(`"not available in this browser"`);
    expect(speedMessages.failed('boom')).toMatchInlineSnapshot(`"failed: boom"`);
    expect(speedMessages.backendNote({ wasmThreads: 1, isolated: false })).toBe('1 thread');
    expect(speedMessages.backendNote({ wasmThreads: 8, isolated: true })).toBe('8 threads, cross-origin isolated');
    expect(speedMessages.backendNote({ renderer: 'software' })).toBe('software renderer');
    expect(speedMessages.backendNote({})).toBe('');
    expect(speedMessages.rowNote(['2 threads', speedMessages.lessonsDefault])).toBe(' (2 threads; what lessons use)');
  });

  it('names every backend', () => {
    expect(Object.keys(BACKEND_LABELS).sort()).toEqual(['cpu', 'wasm', 'webgl', 'webgpu']);
  });

  describe('in Chinese', () => {
    afterEach(() => setLocale('en'));

    it('labels the rows, their notes and the status line', () => {
      setLocale('zh-cn');
      expect(BACKEND_LABELS.cpu).toBe('CPU（纯 JavaScript）');
      expect(speedMessages.rowLabel({ key: 'wasm-kernel', backend: 'wasm', threads: 'kernel' })).toBe(
        'WASM（WebAssembly，SIMD），除一个外的所有核心',
      );
      expect(speedMessages.rowNote([speedMessages.backendNote({ wasmThreads: 2, isolated: true }), speedMessages.lessonsDefault])).toBe(
        '（2 个线程，已跨源隔离；课程使用的配置）',
      );
      expect(speedMessages.finished(12.34)).toBe('完成，用时 12.3 秒。');
      expect(speedMessages.idle).toMatch(/^按下按钮开始测量/);
    });
  });
});
