import { describe, expect, it } from 'vitest';
import {
  BEGIN_MARKER,
  END_MARKER,
  formatTarget,
  renderResultsSection,
  replaceResultsSection,
} from '../../../scripts/bench/markdown-report.ts';
import { recordFigure, RESULTS_SCHEMA, type BenchResults } from '../../../scripts/bench/results-file.ts';
import { TARGETS, type TargetSpec } from '../../../scripts/bench/targets.ts';

const targets: TargetSpec[] = [TARGETS.firstLoadJs, TARGETS.longTask, TARGETS.wasmThreadSpeedup, TARGETS.gradingFirst];

function results(): BenchResults {
  return {
    schema: RESULTS_SCHEMA,
    date: '2026-12-01T08:10:05.123Z',
    build: { commit: 'abc123def456', clean: false, changedPaths: ['a.ts', 'b.ts'], builtAt: '2026-12-01T08:00:00.000Z' },
    checkout: { commit: 'abc123def456', clean: false, changedPaths: ['a.ts', 'b.ts'] },
    machine: {
      cpuModel: 'AMD EPYC',
      cpuFlags: ['avx2', 'fma'],
      cores: 2,
      os: 'Linux 6.1',
      node: 'v20.20.0',
      chromium: '156.0',
      loadBefore: [1.5, 1.25, 1],
      loadAfter: [2, 1.5, 1.1],
    },
    options: { lesson: 'first-model', exercise: null, only: [], neighbour: true },
    figures: [
      recordFigure(
        { number: 1, title: 'JS on first load', how: 'gzip' },
        {
          kind: 'measured',
          measurements: [
            { label: 'JS files', value: 26.94, unit: 'KB', target: TARGETS.firstLoadJs, detail: '(7 files)' },
            { label: 'CSS', value: 9.5, unit: 'KB' },
          ],
          notes: ['page: /lessons/first-model/ | x'],
        },
      ),
      recordFigure(
        { number: 4, title: 'Longest task', how: 'observer' },
        { kind: 'measured', measurements: [{ label: 'longest', value: 74, unit: 'ms', digits: 0, target: TARGETS.longTask }], notes: [] },
      ),
      recordFigure({ number: 5, title: 'Matmul', how: 'speed page' }, { kind: 'failed', reason: 'the page threw\n  at stack' }),
    ],
  };
}

describe('the results section of BENCHMARKS.md', () => {
  it('puts every target beside its measurement and verdict, from the targets table', () => {
    const section = renderResultsSection(results(), targets);
    expect(section).toContain('| 1 | JS transferred on first load of a lesson page (gzip) | 26.9 KB (7 files) | ≤ 30 KB | met |');
    expect(section).toContain('| 4 | Longest main-thread task while training | 74 ms | ≤ 50 ms | **missed** |');
    expect(section).toContain('| 5 | Matmul 1024²: WASM on every core ÷ WASM on one thread | failed: the page threw | ≥ 1.7 × | – |');
    expect(section).toContain('| 7 | Grading one typical exercise: first Check | not in this run | ≤ 2 s | – |');
  });

  it('shows every measurement of a target measured more than once, missed when one of them is', () => {
    const { firstLoadJsWithWorker: target } = TARGETS;
    const firstLoad = recordFigure(
      { number: 1, title: 'JS on first load', how: 'gzip' },
      {
        kind: 'measured',
        measurements: [
          { label: 'with sw.js, English page', value: 28.04, unit: 'KB', target },
          { label: 'with sw.js, Chinese page', value: 33.5, unit: 'KB', target },
        ],
        notes: [],
      },
    );
    const section = renderResultsSection({ ...results(), figures: [firstLoad] }, [target]);
    expect(section).toContain(
      `| 1 | ${target.what} | 28.0 KB (with sw.js, English page); 33.5 KB (with sw.js, Chinese page) | ≤ 30 KB | **missed** |`,
    );
  });

  it('names the earlier run of each figure a merged file kept', () => {
    const base = results();
    const kept = {
      ...base.figures[0]!,
      earlierRun: {
        date: '2026-12-01T07:49:30.000Z',
        build: { commit: '736ddd180f37', clean: false, changedPaths: ['x'], builtAt: '2026-12-01T07:50:00.000Z' },
        loadBefore: [3.03, 4, 4],
        loadAfter: [1.71, 3, 4],
      },
    };
    const section = renderResultsSection(
      { ...base, options: { ...base.options, only: [4, 5] }, figures: [kept, ...base.figures.slice(1)] },
      targets,
    );
    expect(section).toContain('Figures 4, 5 from this run; 1 from earlier runs (named in their sections).');
    const single = renderResultsSection(
      { ...base, options: { ...base.options, only: [6] }, figures: [kept, ...base.figures.slice(1)] },
      targets,
    );
    expect(single).toContain(' Figure 6 from this run; 1 from earlier runs');
    expect(section).toContain(
      '#### 1. JS on first load\n\nFrom the run of 2026-12-01 07:49 UTC (build of `736ddd180f37`, working tree not clean; 1-minute load average 3.03 before, 1.71 after).',
    );
  });

  it('records the build, the machine and the load', () => {
    const section = renderResultsSection(results(), targets);
    expect(section).toContain(
      '**Run of 2026-12-01 08:10 UTC** on a build of commit `abc123def456` (working tree not clean: 2 changed paths; built 2026-12-01 08:00 UTC)',
    );
    expect(section).toContain('Machine: AMD EPYC, 2 cores; avx2, fma; Linux 6.1; Node v20.20.0; headless Chromium 156.0.');
    expect(section).toContain('Load average (1 / 5 / 15 min): 1.50 / 1.25 / 1.00 before, 2.00 / 1.50 / 1.10 after.');
  });

  it('lists each figure’s measurements and notes, escaping table pipes', () => {
    const section = renderResultsSection(results(), targets);
    expect(section).toContain('#### 1. JS on first load');
    expect(section).toContain('| JS files | 26.9 KB (7 files) | ≤ 30 KB: met |');
    expect(section).toContain('| CSS | 9.5 KB |  |');
    expect(section).toContain('- page: /lessons/first-model/ | x');
    expect(section).toContain('Failed: the page threw');
    expect(section.startsWith(BEGIN_MARKER)).toBe(true);
    expect(section.endsWith(END_MARKER)).toBe(true);
  });

  it('replaces only the text between the markers', () => {
    const before = `# Benchmarks\n\nMethod by hand.\n\n${BEGIN_MARKER}\nold figures\n${END_MARKER}\n\nAnalysis by hand.\n`;
    const after = replaceResultsSection(before, `${BEGIN_MARKER}\nnew figures\n${END_MARKER}`);
    expect(after).toBe(`# Benchmarks\n\nMethod by hand.\n\n${BEGIN_MARKER}\nnew figures\n${END_MARKER}\n\nAnalysis by hand.\n`);
    expect(replaceResultsSection(after, `${BEGIN_MARKER}\nnew figures\n${END_MARKER}`)).toBe(after);
  });

  it('says how to fix a file without the markers', () => {
    expect(() => replaceResultsSection('# Benchmarks\n', 'x')).toThrow(/lacks the results markers: put a line/);
  });

  it('formats targets with their sign', () => {
    expect(formatTarget({ op: '>=', limit: 0.95 }, '×')).toBe('≥ 0.95 ×');
  });
});
