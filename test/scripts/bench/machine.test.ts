import { describe, expect, it } from 'vitest';
import { changedPaths, parseCpuInfo } from '../../../scripts/bench/machine.ts';

describe('machine description', () => {
  it('reads the CPU model and its vector flags from /proc/cpuinfo', () => {
    const text =
      'processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz\nflags\t\t: fpu sse4_1 sse4_2 avx avx2 fma avx512f\n\nprocessor\t: 1\nmodel name\t: other\n';
    expect(parseCpuInfo(text)).toEqual({
      model: 'Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz',
      flags: ['sse4_1', 'sse4_2', 'avx', 'avx2', 'fma', 'avx512f'],
    });
    expect(parseCpuInfo('')).toEqual({ model: null, flags: [] });
  });

  it('lists the changed paths of git status --porcelain', () => {
    expect(changedPaths(' M src/a.ts\n?? test/b.test.ts\nR  old.ts -> new.ts\n')).toEqual([
      'src/a.ts',
      'test/b.test.ts',
      'old.ts -> new.ts',
    ]);
    expect(changedPaths('')).toEqual([]);
  });
});
