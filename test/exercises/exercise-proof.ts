/**
 * The proof of every exercise in exercises/: its reference solution and each other right solution
 * kept beside it (`right-<variant>.js`, written differently, so a grader that only knows its own
 * solution is caught) pass all its hidden tests, and its starter and each wrong solution kept
 * beside it (`wrong-<mistake>.js`, a plausible mistake the tests must catch) fail at least one —
 * graded by the same `grade` the browser's grading worker runs, on the same tfjs backend (only the
 * realm shell differs: worker threads here, module workers there).
 *
 * Every submission gets a fresh realm, a worker thread with its own tfjs (≈ 1 s to start), which
 * makes the proof the suite's longest part; it runs in halves (all-exercises.shard-1.test.ts and
 * -2), which vitest runs side by side, balanced by each exercise's estimated cost (shardOf).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { grade, type GradeEnvironment, type GradeReport } from '../../src/grader/worker/grade-core';
import { GRADING_BACKEND } from '../../src/grader/worker/grade-backend';
import { exerciseSchema } from '../../src/content/schemas/exercise';
import { proofEnvironment } from './proof-environment';

const root = join(import.meta.dirname, '..', '..', 'exercises');
/** Every exercise id, sorted. */
export const exerciseIds = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()).sort();


function exercise(id: string) {
  const read = (file: string) => readFileSync(join(root, id, file), 'utf8');
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(read('prompt.md'))?.[1] ?? '';
  const kept = (prefix: string) =>
    readdirSync(join(root, id))
      .filter((name) => name.startsWith(prefix) && name.endsWith('.js'))
      .sort()
      .map((file) => ({ file, code: read(file) }));
  return {
    meta: exerciseSchema.parse(parse(frontmatter)),
    starter: read('starter.js'),
    solution: read('solution.js'),
    tests: read('tests.js'),
    wrong: kept('wrong-'),
    right: kept('right-'),
  };
}

const failures = (report: GradeReport) =>
  [report.problem, ...report.tests.filter((t) => t.status !== 'passed').map((t) => `${t.name}: ${t.message}`)].filter(Boolean).join('\n');

/** The estimated cost of proving exercise `id`: its time limit × the submissions it grades. */
export function proofWeight(id: string): number {
  const { meta, wrong, right } = exercise(id);
  return meta.timeLimit * (2 + wrong.length + right.length);
}

/**
 * The exercises of shard `shard` (1-based) of `of`, balanced by an estimate of each one's proof
 * time: its time limit × the submissions it grades (a training exercise with a 60 s limit and
 * eleven submissions costs as much as a dozen small ones). Heaviest first, each to the lightest
 * shard so far.
 */
export function shardOf(shard: number, of: number): string[] {
  const byWeight = exerciseIds.map((id) => ({ id, weight: proofWeight(id) })).sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  const shards = Array.from({ length: of }, () => ({ ids: [] as string[], total: 0 }));
  for (const { id, weight: w } of byWeight) {
    const lightest = shards.reduce((min, s) => (s.total < min.total ? s : min));
    lightest.ids.push(id);
    lightest.total += w;
  }
  return (shards[shard - 1]?.ids ?? []).sort();
}

/** Proves shard `shard` (1-based) of `of` (see shardOf). */
export function proveExercises(shard: number, of: number): void {
  const ids = shardOf(shard, of);
  let env: GradeEnvironment;
  beforeAll(async () => {
    const proof = await proofEnvironment();
    expect(proof.backend).toBe(GRADING_BACKEND);
    env = proof.env;
  });

  it('has exercises to prove', () => expect(ids.length).toBeGreaterThan(0));

  describe.each(ids)('exercise %s', (id) => {
    const { meta, starter, solution, tests, wrong, right } = exercise(id);
    // Generous: every test at its full time limit, plus starting the realm.
    const budget = (tests.match(/\btest\(/g)?.length ?? 1) * meta.timeLimit * 1000 + 30_000;

    it('keeps at least three wrong solutions and two other right ones beside it', () => {
      expect(wrong.length, `exercises/${id}/wrong-<mistake>.js: plausible mistakes the tests must catch`).toBeGreaterThanOrEqual(3);
      expect(right.length, `exercises/${id}/right-<variant>.js: right solutions written unlike solution.js`).toBeGreaterThanOrEqual(2);
    });

    it('its reference solution passes every test', async () => {
      const report = await grade(env, { code: solution, tests, timeLimitSeconds: meta.timeLimit });
      expect(failures(report)).toBe('');
      expect(report.total).toBeGreaterThan(0);
      expect(report.passed).toBe(report.total);
    }, budget);

    it('its starter fails at least one test', async () => {
      const report = await grade(env, { code: starter, tests, timeLimitSeconds: meta.timeLimit });
      expect(report.problem).toBeUndefined();
      expect(report.total).toBeGreaterThan(0);
      expect(report.passed).toBeLessThan(report.total);
    }, budget);

    for (const { file, code } of right) {
      it(`its right solution ${file} passes every test`, async () => {
        const report = await grade(env, { code, tests, timeLimitSeconds: meta.timeLimit });
        expect(failures(report)).toBe('');
        expect(report.passed).toBe(report.total);
      }, budget);
    }

    for (const { file, code } of wrong) {
      it(`its wrong solution ${file} fails at least one test`, async () => {
        const report = await grade(env, { code, tests, timeLimitSeconds: meta.timeLimit });
        expect(report.problem).toBeUndefined();
        expect(report.total).toBeGreaterThan(0);
        expect(report.passed).toBeLessThan(report.total);
      }, budget);
    }
  });
}
