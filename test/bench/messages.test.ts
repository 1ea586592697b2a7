import { describe, expect, it } from 'vitest';
import { BACKEND_LABELS, speedMessages } from '../../src/bench/messages.ts';

describe('speed page messages', () => {
  it('keeps its wording', () => {
    expect(speedMessages.idle).toMatchInlineSnapshot(`"Press a button to measure. Each backend runs in its own worker; nothing leaves your browser."`);
    expect(speedMessages.measuringMatmul('wasm', 512)).toMatchInlineSnapshot(`"Measuring WASM (WebAssembly, SIMD): 512×512 matrix multiply…"`);
    expect(speedMessages.measuringMatmulOneThread(1024)).toMatchInlineSnapshot(`"Measuring WASM (WebAssembly, SIMD) on one thread: 1024×1024 matrix multiply…"`);
    expect(speedMessages.oneThreadRow).toMatchInlineSnapshot(`"WASM (WebAssembly, SIMD), one thread"`);
    expect(speedMessages.startingBackend('webgl')).toMatchInlineSnapshot(`"Starting WebGL (graphics card)…"`);
    expect(speedMessages.measuringTraining('cpu')).toMatchInlineSnapshot(`"Training the lesson 1 network on CPU (plain JavaScript)…"`);
    expect(speedMessages.measuringTrainingOneThread()).toMatchInlineSnapshot(`"Training the lesson 1 network on WASM (WebAssembly, SIMD), one thread…"`);
    expect(speedMessages.finished(12.34)).toMatchInlineSnapshot(`"Finished in 12.3 s."`);
    expect(speedMessages.unavailable).toMatchInlineSnapshot(`"not available in this browser"`);
    expect(speedMessages.failed('boom')).toMatchInlineSnapshot(`"failed: boom"`);
  });

  it('names every backend', () => {
    expect(Object.keys(BACKEND_LABELS).sort()).toEqual(['cpu', 'wasm', 'webgl', 'webgpu']);
  });
});
