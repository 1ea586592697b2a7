import { cpSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent, type ContentDirs } from '../../src/authoring/check-content';
import { checkOnChange, contentFingerprint } from '../../src/authoring/check-on-change';

const made: string[] = [];
function copyOfFixture(name: string): ContentDirs {
  const root = mkdtempSync(join(tmpdir(), 'runfirst-check-'));
  made.push(root);
  cpSync(join(import.meta.dirname, '..', 'fixtures', 'content', name), root, { recursive: true });
  return { root, lessonsDir: join(root, 'lessons'), exercisesDir: join(root, 'exercises') };
}
afterEach(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('checkOnChange', () => {
  it('checks the course once while nothing changes, and again after an author saves a file', async () => {
    const dirs = copyOfFixture('valid');
    const check = vi.fn(checkContent);
    const checkCourse = checkOnChange(check);
    const first = await checkCourse(dirs);
    expect(await checkCourse(dirs)).toBe(first);
    expect(await checkCourse(dirs)).toBe(first);
    expect(check).toHaveBeenCalledTimes(1);
    expect(first.errors).toEqual([]);

    const lesson = join(dirs.lessonsDir, 'newly-added.md');
    writeFileSync(lesson, '---\ntitle: Broken\n---\n');
    const after = await checkCourse(dirs);
    expect(check).toHaveBeenCalledTimes(2);
    expect(after.errors.map((error) => error.file)).toContain('lessons/newly-added.md');
  });

  it('sees an edit that keeps the size, by its modification time', () => {
    const dirs = copyOfFixture('valid');
    const before = contentFingerprint(dirs);
    const [anyLesson] = before.split('\n')[0]!.split('\0');
    utimesSync(anyLesson!, new Date(), new Date(Date.now() + 5_000));
    expect(contentFingerprint(dirs)).not.toBe(before);
  });
});
