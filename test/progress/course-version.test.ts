import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { courseVersion } from '../../src/progress/course-version';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function course(files: Record<string, string>, version = '1.2.3'): string {
  const root = mkdtempSync(join(tmpdir(), 'runfirst-course-'));
  roots.push(root);
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'x', version }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const files = { 'lessons/a.md': '# A', 'exercises/e/prompt.md': 'p', 'exercises/e/tests.js': 't' };

describe('course version', () => {
  it('is the package version with 8 hex digits of the course content as build metadata', () => {
    expect(courseVersion(course(files))).toMatch(/^1\.2\.3\+[0-9a-f]{8}$/);
  });

  it('is the same for the same content, and changes when a lesson, an exercise file, a path or the package version changes', () => {
    const same = courseVersion(course(files));
    expect(courseVersion(course(files))).toBe(same);
    expect(courseVersion(course({ ...files, 'lessons/a.md': '# A!' }))).not.toBe(same);
    expect(courseVersion(course({ ...files, 'exercises/e/tests.js': 't2' }))).not.toBe(same);
    expect(courseVersion(course(files, '1.2.4'))).not.toBe(same);
    const moved = course(files);
    renameSync(join(moved, 'lessons/a.md'), join(moved, 'lessons/b.md'));
    expect(courseVersion(moved)).not.toBe(same);
    // Text moved between two files is a different course.
    expect(courseVersion(course({ ...files, 'exercises/e/prompt.md': 'pt', 'exercises/e/tests.js': '' }))).not.toBe(same);
  });

  it('ignores files outside lessons/ and exercises/, and works without either folder', () => {
    const root = course(files);
    const before = courseVersion(root);
    writeFileSync(join(root, 'README.md'), 'anything');
    expect(courseVersion(root)).toBe(before);
    expect(courseVersion(course({}))).toMatch(/^1\.2\.3\+[0-9a-f]{8}$/);
  });

  it('reads this repository', () => {
    expect(courseVersion()).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{8}$/);
  });
});
