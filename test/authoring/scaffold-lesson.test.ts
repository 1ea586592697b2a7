import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/authoring/check-content';
import { lessonIdFor, scaffoldLesson } from '../../src/authoring/scaffold-lesson';

describe('scaffoldLesson', () => {
  it('makes a file name from the title', () => {
    expect(lessonIdFor('Your First Model, in One Click!')).toBe('your-first-model-in-one-click');
    expect(lessonIdFor('Ünïcode — café')).toBe('unicode-cafe');
  });

  it('writes a lesson that passes every content check, even with quotes in its title', async () => {
    const root = mkdtempSync(join(tmpdir(), 'runfirst-scaffold-'));
    mkdirSync(join(root, 'lessons'));
    const title = 'Softmax: "stable" at last';
    writeFileSync(join(root, 'lessons', `${lessonIdFor(title)}.md`), scaffoldLesson({ title, order: 3, section: 'Foundations' }));
    const report = await checkContent({ root, lessonsDir: join(root, 'lessons'), exercisesDir: join(root, 'exercises') });
    expect(report.errors.map((e) => e.message)).toEqual([]);
    expect(report.lessons.get('softmax-stable-at-last')).toMatchObject({ title, order: 3, section: 'Foundations' });
  });
});
