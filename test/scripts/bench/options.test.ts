import { describe, expect, it } from 'vitest';
import { parseBenchOptions, wants } from '../../../scripts/bench/options.ts';

describe('bench options', () => {
  it('defaults to its own build folder and port, all figures', () => {
    const options = parseBenchOptions([], {});
    expect(options).toMatchObject({
      outDir: 'dist-bench',
      port: 4460,
      noBuild: false,
      forceBuild: false,
      lesson: 'first-model',
      neighbour: true,
      results: 'BENCHMARKS.json',
      reportOnly: false,
    });
    if (options === 'help') throw new Error('unexpected help');
    expect(wants(options, 7)).toBe(true);
  });

  it('takes --no-build from the flag or BENCH_NO_BUILD, and a figure list', () => {
    const options = parseBenchOptions(['--only', '1,5', '--port', '4470'], { BENCH_NO_BUILD: '1', RUNFIRST_OUT_DIR: '/tmp/x' });
    if (options === 'help') throw new Error('unexpected help');
    expect(options.noBuild).toBe(true);
    expect(options.outDir).toBe('/tmp/x');
    expect(options.port).toBe(4470);
    expect([wants(options, 1), wants(options, 2), wants(options, 5)]).toEqual([true, false, true]);
    expect(options.results).toBeNull(); // a partial run does not overwrite the recorded one
  });

  it('saves a partial run only to an explicit results file; --report reads the default one', () => {
    const partial = parseBenchOptions(['--only', '4', '--results', '/tmp/r.json', '--no-neighbour'], {});
    if (partial === 'help') throw new Error('unexpected help');
    expect(partial).toMatchObject({ results: '/tmp/r.json', neighbour: false });
    expect(parseBenchOptions(['--report'], {})).toMatchObject({ reportOnly: true, results: 'BENCHMARKS.json' });
    expect(parseBenchOptions([], { BENCH_NO_NEIGHBOUR: '1' })).toMatchObject({ neighbour: false });
  });

  it('merges a partial run into the default results file with --merge, and only with --only', () => {
    expect(parseBenchOptions(['--only', '4,5,6', '--merge'], {})).toMatchObject({ merge: true, results: 'BENCHMARKS.json' });
    expect(parseBenchOptions(['--only', '4'], {})).toMatchObject({ merge: false, results: null });
    expect(() => parseBenchOptions(['--merge'], {})).toThrow(/--merge needs --only/);
  });

  it('rejects a bad figure number and contradicting build flags', () => {
    expect(() => parseBenchOptions(['--only', '11'], {})).toThrow(/figure numbers 1–10/);
    expect(parseBenchOptions(['--only', '8,9,10'], {})).toMatchObject({ only: new Set([8, 9, 10]) });
    expect(() => parseBenchOptions(['--build', '--no-build'], {})).toThrow(/exclude each other/);
  });
});
