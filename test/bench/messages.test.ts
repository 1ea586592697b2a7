import { describe, expect, it } from 'vitest';
import { BACKEND_LABELS, speedMessages } from '../../src/bench/messages.ts';

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
  });

  it('names every backend', () => {
    expect(Object.keys(BACKEND_LABELS).sort()).toEqual(['cpu', 'wasm', 'webgl', 'webgpu']);
  });
});
