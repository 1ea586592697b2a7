import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/authoring/check-content';
import { grade } from '../../src/grader/worker/grade-core';
import { nodeGradeEnvironment } from '../../src/grader/realm/node-realm';
import { runLessonCells } from './run-lesson-cells';

/**
 * The authoring guide promises that its worked example (a lesson and an exercise folder) passes
 * every check as written. These tests copy the examples out of docs/authoring-guide.md into a
 * copy of the course and hold the guide to that promise: the content check passes, the lesson's
 * cells run and its theory check prints ✓, and the exercise's solution passes while its starter fails.
 */
const ROOT = join(import.meta.dirname, '../..');
const guide = readFileSync(join(ROOT, 'docs/authoring-guide.md'), 'utf8');

/** The body of the first fence (``` or ````) that starts after `marker` in the guide. */
function fenceAfter(marker: string): string {
  const at = guide.indexOf(marker);
  if (at < 0) throw new Error(`The guide no longer contains ${JSON.stringify(marker)}.`);
  const open = /^(`{3,})[^\n]*\n/m.exec(guide.slice(at));
  if (!open) throw new Error(`No fence after ${JSON.stringify(marker)}.`);
  const start = at + open.index + open[0].length;
  const close = guide.indexOf(`\n${open[1]}\n`, start - 1);
  return guide.slice(start, close + 1);
}

const lessonSource = fenceAfter('## A complete worked example');
const exerciseFile = (name: string) => fenceAfter(`\`exercises/momentum-velocity/${name}\`:`);

let workDir = '';
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'runfirst-guide-'));
  cpSync(join(ROOT, 'lessons'), join(workDir, 'lessons'), { recursive: true });
  cpSync(join(ROOT, 'exercises'), join(workDir, 'exercises'), { recursive: true });
  // The guide's instructions: pick an unused order, save the lesson, add the exercise and link it.
  writeFileSync(
    join(workDir, 'lessons/momentum.md'),
    lessonSource.replace(/^order: \d+$/m, 'order: 1000').replace('exercises: []', 'exercises: [momentum-velocity]'),
  );
  mkdirSync(join(workDir, 'exercises/momentum-velocity'));
  for (const name of ['prompt.md', 'starter.js', 'solution.js', 'tests.js']) {
    writeFileSync(join(workDir, 'exercises/momentum-velocity', name), exerciseFile(name));
  }
});
afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe("the authoring guide's worked example", () => {
  test('the example lesson and exercise pass the content check', async () => {
    const { errors, lessons, exercises } = await checkContent({
      root: workDir,
      lessonsDir: join(workDir, 'lessons'),
      exercisesDir: join(workDir, 'exercises'),
    });
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(lessons.get('momentum')?.exercises).toEqual(['momentum-velocity']);
    expect(exercises.has('momentum-velocity')).toBe(true);
  });

  test("the example lesson's cells run and its theory check prints ✓", async () => {
    const run = await runLessonCells(join(workDir, 'lessons/momentum.md'));
    expect(run.error, String(run.error?.error)).toBeUndefined();
    expect(run.cells.map((c) => c.cell.id)).toEqual(['race', 'check-momentum']);
    expect(run.cells[1]?.logs.join('\n')).toMatch(/^✓ the step grows/m);
    const chart = run.shows.find((s) => s.kind === 'line');
    expect(chart?.values).toHaveLength(10);
  }, 60_000);

  test("the example exercise's solution passes every test and its starter fails", async () => {
    const env = await nodeGradeEnvironment();
    const tests = exerciseFile('tests.js');
    const solved = await grade(env, { code: exerciseFile('solution.js'), tests, timeLimitSeconds: 10 });
    expect(solved.problem).toBeUndefined();
    expect(solved.summary).toBe('3 of 3 tests passed');
    const started = await grade(env, { code: exerciseFile('starter.js'), tests, timeLimitSeconds: 10 });
    expect(started.passed).toBeLessThan(started.total);
  }, 60_000);
});
