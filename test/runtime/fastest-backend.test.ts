import { describe, expect, it } from 'vitest';
import { fastest } from '../../src/runtime/fastest-backend';

describe('fastest', () => {
  it('picks the lowest measured time, not a fixed order', () => {
    expect(fastest({ webgl: 9.5, wasm: 1.2, cpu: 37 })).toBe('wasm');
    expect(fastest({ webgpu: 0.4, webgl: 0.9, wasm: 1.2 })).toBe('webgpu');
  });

  it('ignores backends that did not start', () => {
    expect(fastest({ webgpu: null, wasm: null, cpu: 30 })).toBe('cpu');
  });

  it('returns undefined when nothing was measured', () => {
    expect(fastest({})).toBeUndefined();
    expect(fastest({ webgl: null })).toBeUndefined();
  });
});
