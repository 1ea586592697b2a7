import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/authoring/check-content';
import { cellDifferences, lessonCells } from '../../src/authoring/translation-cells';
import { formatAuthoringErrors } from '../../src/content/authoring-error';

const fixture = (name: string) => {
  const root = join(import.meta.dirname, '..', 'fixtures', 'content', name);
  return { root, lessonsDir: join(root, 'lessons'), exercisesDir: join(root, 'exercises') };
};

const lesson = (...cells: string[]) =>
  `---\ntitle: T\n---\n\nText.\n\n${cells.map((code) => '```js run\n' + code + '\n```\n').join('\nMore text.\n\n')}`;

describe('translated cells', () => {
  it('match when only comments, white space and prose differ', () => {
    const english = lessonCells(lesson('// Make a tensor.\nconst x = tf.tensor([1, 2]);\n/* then */ show.table(x);'));
    const chinese = lessonCells(lesson('// 创建一个张量。\nconst x  = tf.tensor([1,2]);\n/* 然后 */\nshow.table(x);'));
    expect(cellDifferences(english, chinese)).toEqual([]);
  });

  it('differ when a printed string, a number or a name changes, naming the line', () => {
    const english = lessonCells(lesson('const n = 3;\nconsole.log(`loss ${n}`);'));
    for (const changed of [
      'const n = 3;\nconsole.log(`损失 ${n}`);',
      'const n = 4;\nconsole.log(`loss ${n}`);',
      'const m = 3;\nconsole.log(`loss ${m}`);',
    ]) {
      const [difference] = cellDifferences(english, lessonCells(lesson(changed)));
      expect(difference?.kind, changed).toBe('code');
    }
    const [difference] = cellDifferences(english, lessonCells(lesson('const n = 3;\nconsole.log(`损失 ${n}`);')));
    expect(difference).toMatchObject({
      kind: 'code',
      line: 9,
      englishLine: 'console.log(`loss ${n}`);',
      translatedLine: 'console.log(`损失 ${n}`);',
    });
  });

  it('differ when code is added at the end of a cell', () => {
    const [difference] = cellDifferences(lessonCells(lesson('const a = 1;')), lessonCells(lesson('const a = 1;\nconst b = 2;')));
    expect(difference).toMatchObject({ kind: 'code', englishLine: '', translatedLine: 'const b = 2;' });
  });

  it('compare code that does not tokenize as written', () => {
    const unterminated = "const s = 'abc";
    expect(cellDifferences(lessonCells(lesson(unterminated)), lessonCells(lesson(unterminated)))).toEqual([]);
    expect(cellDifferences(lessonCells(lesson(unterminated)), lessonCells(lesson(`// 注释\n${unterminated}`)))).toHaveLength(1);
  });

  it('count only runnable cells, and see a missing one', () => {
    const english = lessonCells(lesson('const a = 1;', 'const b = 2;') + '\n```js\nnot a cell\n```\n');
    expect(english.map((cell) => cell.id)).toEqual(['cell-1', 'cell-2']);
    expect(cellDifferences(english, lessonCells(lesson('const a = 1;')))).toEqual([{ kind: 'count', english: 2, translated: 1 }]);
  });
});

describe('checkContent on translations', () => {
  it('accepts a faithful translation of a lesson and of an exercise prompt', async () => {
    const report = await checkContent(fixture('valid'));
    expect(report.errors).toEqual([]);
    expect([...report.translations.lessons]).toEqual([
      ['zh-cn/alpha', { title: '第一课', summary: '只为测试而存在的示例课程。', objectives: ['检查内容规则'] }],
    ]);
    expect([...report.translations.exercises]).toEqual([['zh-cn/ex-one', { title: '练习一', hints: ['看第一行。'] }]]);
  });

  it('reports every way a translation drifts from the course, with file, line and fix', async () => {
    const report = await checkContent(fixture('translations'));
    expect([...report.translations.lessons.keys()]).toEqual([]);
    expect(formatAuthoringErrors(report.errors)).toMatchInlineSnapshot(`
      "Content check found 9 problems:
        lessons/fr: lessons/fr/ is not a language this site has. Put translations in lessons/<locale>/ or exercises/<id>/prompt.<locale>.md for one of: "zh-cn" (src/i18n/locales.ts lists them).
        lessons/zh-cn/cells.md:13: Code cell 1 (first) does not run the same code as the English cell (lessons/cells.md:13): here \`console.log('总和', x.sum().dataSync()[0]);\`, in English \`console.log('sum', x.sum().dataSync()[0]);\`. Only comments may be translated; copy the code from the English lesson.
        lessons/zh-cn/cells.md:23: Code cell 3 is fenced \`\`\`js run id=3rd; the English cell (lessons/cells.md:26) is fenced \`\`\`js run id=third. Keep each cell's fence line exactly as in the English lesson.
        lessons/zh-cn/extra.md:5: The translation has 2 objectives; lessons/extra.md has 1. Translate each objective once, in the same order.
        lessons/zh-cn/nowhere.md:1: There is no English lesson lessons/nowhere.md for this translation. Remove the translation, or name it lessons/zh-cn/<id>.md after one of: "cells", "extra", "short".
        lessons/zh-cn/short.md:3: Frontmatter field \`order\` does not belong in a translation: it holds only \`title\`, \`summary\`, \`objectives\`, and everything else comes from lessons/short.md. Remove it (or change it there).
        lessons/zh-cn/short.md:1: The translation has 1 code cell; lessons/short.md has 2. A translated lesson runs the same cells as the English one, in the same order: copy the missing cells from it, or remove the extra ones.
        exercises/ex/prompt.fr.md: exercises/ex/prompt.fr.md is not a language this site has. Put translations in lessons/<locale>/ or exercises/<id>/prompt.<locale>.md for one of: "zh-cn" (src/i18n/locales.ts lists them).
        exercises/ex/prompt.zh-cn.md:4: The translation has 1 hint; exercises/ex/prompt.md has 2. Translate each hint once, in the same order."
    `);
  });
});
