import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/authoring/check-content';
import { formatAuthoringErrors } from '../../src/content/authoring-error';

const fixture = (name: string) => {
  const root = join(import.meta.dirname, '..', 'fixtures', 'content', name);
  return { root, lessonsDir: join(root, 'lessons'), exercisesDir: join(root, 'exercises') };
};

describe('checkContent on valid content', () => {
  it('accepts the lessons and exercises and fills in defaults', async () => {
    const report = await checkContent(fixture('valid'));
    expect(report.errors).toEqual([]);
    expect([...report.lessons.keys()]).toEqual(['alpha', 'beta']);
    expect(report.lessons.get('beta')).toMatchObject({ minutes: 20, timeLimit: 60, topics: [], exercises: [], prerequisites: ['alpha'] });
    expect(report.exercises.get('ex-one')).toMatchObject({ lesson: 'alpha', hints: ['Look at the first line.'], timeLimit: 10 });
  });
});

describe('checkContent on broken content', async () => {
  const { errors } = await checkContent(fixture('broken'));
  const messagesFor = (file: string) => errors.filter((e) => e.file === file).map((e) => e.message);

  it('reports every problem, once, with file and line', () => {
    expect(formatAuthoringErrors(errors)).toMatchInlineSnapshot(`
      "Content check found 17 problems:
        lessons/bad-order.md:4: Frontmatter field \`order\`: expected number, received string. Fix the value or see the field list in the lesson format reference.
        lessons/bad-theory-topic.md:14: A theory layer has topic "statistics". Write :::theory{topic="…" title="…"} with one of: "linear-algebra", "information-theory", "convex-optimization", "numerical-analysis".
        lessons/bad-yaml.md:2: The frontmatter is not valid YAML (Nested mappings are not allowed in compact mappings). Fix the YAML syntax between the two \`---\` lines; quote values that contain a colon.
        lessons/duplicate-cell.md:14: Cell id "setup" is used twice (first on line 10). Give each \`\`\`js run cell a different id=… or remove the ids to number cells automatically.
        lessons/katex-error.md:14: KaTeX cannot parse this math: Unexpected end of input in a macro argument, expected '}' at end of input: \\frac{1}{. Fix the LaTeX between the dollar signs; a literal dollar sign is written \\$.
        lessons/missing-title.md:2: Frontmatter field \`title\` is missing. Add it; the lesson format reference says what it holds.
        lessons/theory-first.md:11: A theory layer comes before the first runnable cell. Runfirst lessons open with code: move a \`\`\`js run cell above the first :::theory block.
        lessons/unclosed-theory.md:15: This :::theory block is never closed. End it with a line holding only \`:::\`.
        lessons/unknown-directive.md:14: Unknown block :::warning. The only block directive is :::theory{topic="…" title="…"}; for a literal ":::" line, indent it as code.
        lessons/unknown-field.md:8: Frontmatter field \`level\` is not a known field. Remove it or check its spelling against the lesson format reference.
        lessons/unlisted-topic.md:14: The theory topic "numerical-analysis" is not listed in the frontmatter \`topics\`. Add it there so the course map can show it.
        lessons/duplicate-order.md:4: Lesson order 8 is already used by lessons/duplicate-cell.md. Give each lesson a different \`order\`.
        lessons/unknown-exercise.md:9: Exercise "no-such-exercise" does not exist. Create the folder \`exercises/no-such-exercise/\` or use one of: "missing-tests", "wrong-id".
        lessons/unknown-prerequisite.md:8: Prerequisite "no-such-lesson" is not a lesson. Use the file name of a lesson in \`lessons/\` without \`.md\`: "bad-order", "bad-theory-topic", "bad-yaml", "duplicate-cell", "duplicate-order", "katex-error", "missing-title", "theory-first", "unclosed-theory", "unknown-directive", "unknown-exercise", "unknown-field", "unknown-prerequisite", "unlisted-topic".
        exercises/missing-tests: Exercise folder \`exercises/missing-tests/\` has no \`tests.js\`. Every exercise needs prompt.md, starter.js, solution.js and tests.js: add the missing file.
        exercises/wrong-id/prompt.md:2: The prompt's id "other-id" does not match its folder "wrong-id". Make \`id\` equal the folder name.
        exercises/wrong-id/prompt.md:4: The exercise's lesson "no-lesson" does not exist. Use one of: "bad-order", "bad-theory-topic", "bad-yaml", "duplicate-cell", "duplicate-order", "katex-error", "missing-title", "theory-first", "unclosed-theory", "unknown-directive", "unknown-exercise", "unknown-field", "unknown-prerequisite", "unlisted-topic"."
    `);
  });

  it('names a missing frontmatter field', () => {
    expect(messagesFor('lessons/missing-title.md')).toMatchInlineSnapshot(`
      [
        "lessons/missing-title.md:2: Frontmatter field \`title\` is missing. Add it; the lesson format reference says what it holds.",
      ]
    `);
  });

  it('says what type a field expected and received, at its line', () => {
    expect(messagesFor('lessons/bad-order.md')).toMatchInlineSnapshot(`
      [
        "lessons/bad-order.md:4: Frontmatter field \`order\`: expected number, received string. Fix the value or see the field list in the lesson format reference.",
      ]
    `);
  });

  it('rejects unknown frontmatter fields', () => {
    expect(messagesFor('lessons/unknown-field.md')).toMatchInlineSnapshot(`
      [
        "lessons/unknown-field.md:8: Frontmatter field \`level\` is not a known field. Remove it or check its spelling against the lesson format reference.",
      ]
    `);
  });

  it('points at an unknown exercise id on its own line', () => {
    expect(messagesFor('lessons/unknown-exercise.md')).toMatchInlineSnapshot(`
      [
        "lessons/unknown-exercise.md:9: Exercise "no-such-exercise" does not exist. Create the folder \`exercises/no-such-exercise/\` or use one of: "missing-tests", "wrong-id".",
      ]
    `);
  });

  it('points at an unknown prerequisite', () => {
    expect(messagesFor('lessons/unknown-prerequisite.md')).toMatchInlineSnapshot(`
      [
        "lessons/unknown-prerequisite.md:8: Prerequisite "no-such-lesson" is not a lesson. Use the file name of a lesson in \`lessons/\` without \`.md\`: "bad-order", "bad-theory-topic", "bad-yaml", "duplicate-cell", "duplicate-order", "katex-error", "missing-title", "theory-first", "unclosed-theory", "unknown-directive", "unknown-exercise", "unknown-field", "unknown-prerequisite", "unlisted-topic".",
      ]
    `);
  });

  it('reports a KaTeX parse error at the line of the math', () => {
    expect(messagesFor('lessons/katex-error.md')).toMatchInlineSnapshot(`
      [
        "lessons/katex-error.md:14: KaTeX cannot parse this math: Unexpected end of input in a macro argument, expected '}' at end of input: \\frac{1}{. Fix the LaTeX between the dollar signs; a literal dollar sign is written \\$.",
      ]
    `);
  });

  it('enforces the run-first rule', () => {
    expect(messagesFor('lessons/theory-first.md')).toMatchInlineSnapshot(`
      [
        "lessons/theory-first.md:11: A theory layer comes before the first runnable cell. Runfirst lessons open with code: move a \`\`\`js run cell above the first :::theory block.",
      ]
    `);
  });

  it('rejects a duplicate cell id', () => {
    expect(messagesFor('lessons/duplicate-cell.md')).toMatchInlineSnapshot(`
      [
        "lessons/duplicate-cell.md:14: Cell id "setup" is used twice (first on line 10). Give each \`\`\`js run cell a different id=… or remove the ids to number cells automatically.",
      ]
    `);
  });

  it('rejects a duplicate lesson order', () => {
    expect(messagesFor('lessons/duplicate-order.md')).toMatchInlineSnapshot(`
      [
        "lessons/duplicate-order.md:4: Lesson order 8 is already used by lessons/duplicate-cell.md. Give each lesson a different \`order\`.",
      ]
    `);
  });

  it('explains unreadable YAML', () => {
    expect(messagesFor('lessons/bad-yaml.md')).toMatchInlineSnapshot(`
      [
        "lessons/bad-yaml.md:2: The frontmatter is not valid YAML (Nested mappings are not allowed in compact mappings). Fix the YAML syntax between the two \`---\` lines; quote values that contain a colon.",
      ]
    `);
  });

  it('checks theory layer topics', () => {
    expect(messagesFor('lessons/bad-theory-topic.md')).toMatchInlineSnapshot(`
      [
        "lessons/bad-theory-topic.md:14: A theory layer has topic "statistics". Write :::theory{topic="…" title="…"} with one of: "linear-algebra", "information-theory", "convex-optimization", "numerical-analysis".",
      ]
    `);
    expect(messagesFor('lessons/unlisted-topic.md')).toMatchInlineSnapshot(`
      [
        "lessons/unlisted-topic.md:14: The theory topic "numerical-analysis" is not listed in the frontmatter \`topics\`. Add it there so the course map can show it.",
      ]
    `);
  });

  it('rejects unclosed and unknown block directives', () => {
    expect(messagesFor('lessons/unclosed-theory.md')).toMatchInlineSnapshot(`
      [
        "lessons/unclosed-theory.md:15: This :::theory block is never closed. End it with a line holding only \`:::\`.",
      ]
    `);
    expect(messagesFor('lessons/unknown-directive.md')).toMatchInlineSnapshot(`
      [
        "lessons/unknown-directive.md:14: Unknown block :::warning. The only block directive is :::theory{topic="…" title="…"}; for a literal ":::" line, indent it as code.",
      ]
    `);
  });

  it('checks exercise folders: missing files, id and lesson', () => {
    expect(messagesFor('exercises/missing-tests')).toMatchInlineSnapshot(`
      [
        "exercises/missing-tests: Exercise folder \`exercises/missing-tests/\` has no \`tests.js\`. Every exercise needs prompt.md, starter.js, solution.js and tests.js: add the missing file.",
      ]
    `);
    expect(messagesFor('exercises/missing-tests/prompt.md')).toMatchInlineSnapshot(`[]`);
    expect(messagesFor('exercises/wrong-id/prompt.md')).toMatchInlineSnapshot(`
      [
        "exercises/wrong-id/prompt.md:2: The prompt's id "other-id" does not match its folder "wrong-id". Make \`id\` equal the folder name.",
        "exercises/wrong-id/prompt.md:4: The exercise's lesson "no-lesson" does not exist. Use one of: "bad-order", "bad-theory-topic", "bad-yaml", "duplicate-cell", "duplicate-order", "katex-error", "missing-title", "theory-first", "unclosed-theory", "unknown-directive", "unknown-exercise", "unknown-field", "unknown-prerequisite", "unlisted-topic".",
      ]
    `);
  });
});
