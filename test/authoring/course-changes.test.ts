import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, type ContentReport } from '../../src/authoring/check-content';
import { formatAuthoringErrors } from '../../src/content/authoring-error';
import { courseSections, exercisesByLesson, neighbours } from '../../src/content/course';

/**
 * An instructor removes or reorders the shipped lessons. Each test works on a copy of the small
 * valid fixture (alpha, order 1, with exercise ex-one; beta, order 2, which builds on alpha),
 * changes it as an instructor would, and checks that the course map follows the lessons present
 * and that the content check names what broke.
 */
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'content', 'valid');
const copies: string[] = [];

function copyOfFixture() {
  const root = mkdtempSync(join(tmpdir(), 'runfirst-course-'));
  copies.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  return { root, lessonsDir: join(root, 'lessons'), exercisesDir: join(root, 'exercises') };
}

function setOrder(lessonsDir: string, id: string, order: number) {
  const path = join(lessonsDir, `${id}.md`);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^order: \d+$/m, `order: ${order}`));
}

/** The lessons the check accepted, as the site's pages see them (an id and its data). */
const lessonsOf = (report: ContentReport) => [...report.lessons].map(([id, data]) => ({ id, data }));
const exercisesOf = (report: ContentReport) => [...report.exercises].map(([id, data]) => ({ id, data }));

afterEach(() => {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('removing a lesson', () => {
  it('the check names the lesson that still builds on it and the exercise left without it', async () => {
    const dirs = copyOfFixture();
    rmSync(join(dirs.lessonsDir, 'alpha.md'));
    const report = await checkContent(dirs);
    expect(formatAuthoringErrors(report.errors)).toMatchInlineSnapshot(`
      "Content check found 3 problems:
        lessons/beta.md:8: Prerequisite "alpha" is not a lesson. Use the file name of a lesson in \`lessons/\` without \`.md\`: "beta".
        exercises/ex-one/prompt.md:4: The exercise's lesson "alpha" does not exist. Use one of: "beta".
        lessons/zh-cn/alpha.md:1: There is no English lesson lessons/alpha.md for this translation. Remove the translation, or name it lessons/zh-cn/<id>.md after one of: "beta"."
    `);
  });

  it('the course map shows only the lessons present', async () => {
    const dirs = copyOfFixture();
    rmSync(join(dirs.lessonsDir, 'alpha.md'));
    const lessons = lessonsOf(await checkContent(dirs));
    expect(courseSections(lessons).map((s) => ({ title: s.title, lessons: s.lessons.map((l) => l.id) }))).toEqual([
      { title: 'Basics', lessons: ['beta'] },
    ]);
    expect(neighbours(lessons, 'beta')).toEqual({});
  });

  it('removing an exercise folder the lesson still lists is named at its line', async () => {
    const dirs = copyOfFixture();
    rmSync(join(dirs.exercisesDir, 'ex-one'), { recursive: true });
    const report = await checkContent(dirs);
    expect(formatAuthoringErrors(report.errors)).toMatchInlineSnapshot(`
      "Content check found 1 problem:
        lessons/alpha.md:9: Exercise "ex-one" does not exist. Create the folder \`exercises/ex-one/\` or use one of: (no exercises yet)."
    `);
  });
});

describe('reordering lessons', () => {
  it('the course map and the previous/next links follow the new order', async () => {
    const dirs = copyOfFixture();
    // beta first: it no longer lists alpha, which now comes after it.
    const beta = join(dirs.lessonsDir, 'beta.md');
    writeFileSync(beta, readFileSync(beta, 'utf8').replace('prerequisites: [alpha]\n', ''));
    setOrder(dirs.lessonsDir, 'alpha', 2);
    setOrder(dirs.lessonsDir, 'beta', 1);
    const report = await checkContent(dirs);
    expect(report.errors).toEqual([]);
    const lessons = lessonsOf(report);
    expect(courseSections(lessons)[0]?.lessons.map((l) => l.id)).toEqual(['beta', 'alpha']);
    expect(neighbours(lessons, 'alpha').previous?.id).toBe('beta');
    // The exercises page groups exercises under their lessons in course order.
    expect(exercisesByLesson(lessons, exercisesOf(report)).map((group) => [group.lesson.id, group.exercises.map((e) => e.id)])).toEqual([
      ['alpha', ['ex-one']],
    ]);
  });

  it('the check says when a lesson now comes before one of its prerequisites', async () => {
    const dirs = copyOfFixture();
    setOrder(dirs.lessonsDir, 'alpha', 3);
    const report = await checkContent(dirs);
    expect(formatAuthoringErrors(report.errors)).toMatchInlineSnapshot(`
      "Content check found 1 problem:
        lessons/beta.md:8: Prerequisite "alpha" comes at order 3, not before this lesson (order 2). Give this lesson a higher \`order\` than its prerequisites, or remove "alpha" from \`prerequisites\`."
    `);
  });
});
