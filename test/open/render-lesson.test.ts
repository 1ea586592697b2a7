import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/authoring/check-content';
import { renderLesson } from '../../src/open/render-lesson';
import { isSafeUrl } from '../../src/open/rehype-safe';

const fixture = (name: string) => {
  const root = join(import.meta.dirname, '..', 'fixtures', 'content', name);
  return { root, lessonsDir: join(root, 'lessons'), exercisesDir: join(root, 'exercises') };
};
const broken = fixture('broken');
const read = (dirs: typeof broken, name: string) => readFileSync(join(dirs.lessonsDir, name), 'utf8');

describe('renderLesson on a valid lesson', () => {
  it('renders its cells, math and theory layers with no errors', async () => {
    const source = read(fixture('valid'), 'alpha.md');
    const { html, lesson, errors } = await renderLesson('alpha.md', source);
    expect(errors).toEqual([]);
    expect(lesson?.title).toBeTruthy();
    expect(html).toMatch(/<section class="cell" data-cell-id="[a-z0-9-]+" data-cell-index="1" aria-label="Code cell 1">/);
    expect(html).toContain('<button type="button" data-action="run" disabled class="cell-button cell-run">Run</button>');
  });

  it('renders math with KaTeX and a theory layer as a collapsed section with its topic label', async () => {
    const source = [
      '---',
      'title: Math here',
      'section: Basics',
      'order: 1',
      'summary: A lesson with math and a theory layer.',
      'objectives:',
      '  - Read math',
      'topics: [linear-algebra]',
      '---',
      '',
      '```js run',
      'tf.scalar(1).print();',
      '```',
      '',
      ':::theory{topic="linear-algebra" title="Why"}',
      'Inline $x^2$ math.',
      ':::',
    ].join('\n');
    const { html, errors } = await renderLesson('math.md', source);
    expect(errors).toEqual([]);
    expect(html).toContain(
      '<details class="theory" data-topic="linear-algebra"><summary><span class="theory-topic">Linear algebra</span> Why</summary>',
    );
    expect(html).toContain('class="katex"');
  });
});

describe('renderLesson finds the errors npm run check finds, worded the same', async () => {
  const { errors: nodeErrors } = await checkContent(broken);
  const lessonIds = readdirSync(broken.lessonsDir).map((name) => name.slice(0, -3));
  const exerciseIds = readdirSync(broken.exercisesDir);
  // Each of these fixtures breaks a rule of its own file (not the lesson order across the course).
  const names = [
    'bad-yaml.md',
    'katex-error.md',
    'theory-first.md',
    'missing-title.md',
    'unknown-field.md',
    'unclosed-theory.md',
    'unknown-directive.md',
    'duplicate-cell.md',
    'bad-theory-topic.md',
    'unlisted-topic.md',
    'unknown-exercise.md',
  ];
  for (const name of names) {
    it(name, async () => {
      const expected = nodeErrors.filter((e) => e.file === `lessons/${name}`).map((e) => ({ line: e.line, reason: e.reason }));
      expect(expected.length).toBeGreaterThan(0);
      const { errors } = await renderLesson(name, read(broken, name), { lessonIds, exerciseIds });
      expect(errors.map((e) => ({ line: e.line, reason: e.reason }))).toEqual(expected);
      expect(errors.every((e) => e.message.startsWith(`${name}:`))).toBe(true);
    });
  }
});

describe('renderLesson shows nothing from the file as raw HTML', () => {
  const hostile = [
    '---',
    'title: Hostile',
    'section: Basics',
    'order: 1',
    'summary: A lesson that tries to inject markup.',
    'objectives:',
    '  - Stay safe',
    '---',
    '',
    '<script>window.pwned = 1</script>',
    '',
    'Text <img src=x onerror="window.pwned=2"> inline and <iframe src="https://example.com"></iframe>.',
    '',
    '[a link](javascript:alert(1)) and [ok](https://example.com/x) and ![img](java\tscript:alert(2))',
    '',
    '```js run',
    'console.log("</script><script>alert(3)</script>");',
    '```',
  ].join('\n');

  it('escapes HTML blocks and inline HTML, and drops unsafe links', async () => {
    const { html, errors } = await renderLesson('hostile.md', hostile);
    expect(errors).toEqual([]);
    expect(html).not.toMatch(/<script|<img[^>]*onerror|<iframe|javascript:/i);
    expect(html).toContain('&#x3C;script>window.pwned = 1&#x3C;/script>');
    expect(html).toContain('<a href="https://example.com/x">ok</a>');
    expect(html).toContain('<a>a link</a>');
  });

  it('accepts only http(s), mailto and relative URLs', () => {
    for (const url of ['https://a.b/c', 'http://x', 'mailto:a@b.c', '../x.png', '#top', 'a/b:c', '?q=1']) expect(isSafeUrl(url)).toBe(true);
    for (const url of ['javascript:alert(1)', ' JavaScript:x', 'java\nscript:x', 'data:text/html,<b>', 'vbscript:x'])
      expect(isSafeUrl(url)).toBe(false);
  });
});
