import { describe, expect, it } from 'vitest';
import { guardAllocations, tensorBytes, TensorTooLargeError } from '../../../src/runtime/kernel/memory-guard';
import { describeError } from '../../../src/runtime/learner-code/describe-error';

function fakeBackend() {
  const calls: string[] = [];
  return {
    calls,
    write(_values: unknown, shape: number[], dtype: string) {
      calls.push(`write ${shape.join('x')} ${dtype}`);
      return {};
    },
    move(_id: unknown, _values: unknown, shape: number[], dtype: string, _refCount: number) {
      calls.push(`move ${shape.join('x')} ${dtype}`);
    },
    makeOutput(shape: number[], dtype: string, _memoryOffset?: number, _values?: unknown) {
      calls.push(`makeOutput ${shape.join('x')} ${dtype}`);
      return {};
    },
  };
}

describe('guardAllocations', () => {
  it('lets allocations under the limit through, with their arguments', () => {
    const backend = fakeBackend();
    expect(guardAllocations(backend, 1000)).toEqual([]);
    backend.write(null, [10, 10], 'float32');
    backend.move({}, null, [5], 'int32', 1);
    backend.makeOutput([250], 'float32');
    expect(backend.calls).toEqual(['write 10x10 float32', 'move 5 int32', 'makeOutput 250 float32']);
  });

  it('refuses an allocation over the limit before the backend sees it, with a clear message', () => {
    const backend = fakeBackend();
    guardAllocations(backend);
    expect(() => backend.makeOutput([30000, 30000], 'float32')).toThrow(TensorTooLargeError);
    expect(backend.calls).toEqual([]);
    let thrown: unknown;
    try {
      backend.write(null, [1e5, 1e5], 'float32');
    } catch (error) {
      thrown = error;
    }
    expect(describeError(thrown, 'c', 0)).toMatchObject({
      kind: 'memory',
      message:
        'Not enough memory for this tensor (a float32 tensor of shape [100000, 100000] needs 37 GB; this backend holds at most 1.0 GB per tensor). Use a smaller shape, or free tensors you no longer need with dispose().',
    });
  });

  it('leaves alone, and names, a method whose parameters differ from the tfjs version it knows', () => {
    const backend = { ...fakeBackend(), makeOutput: (shape: number[]) => shape };
    expect(guardAllocations(backend, 1)).toEqual(['makeOutput']);
    expect(backend.makeOutput([1e9])).toEqual([1e9]);
    expect(() => backend.write(null, [10], 'float32')).toThrow(TensorTooLargeError);
  });

  it('counts bytes per dtype', () => {
    expect(tensorBytes([2, 3], 'float32')).toBe(24);
    expect(tensorBytes([2], 'complex64')).toBe(16);
    expect(tensorBytes([2], 'string')).toBe(0);
  });
});
