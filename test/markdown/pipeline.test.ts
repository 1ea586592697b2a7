import { describe, expect, it } from 'vitest';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { lessonRemarkPlugins } from '../../src/markdown/pipeline';
import { renderLesson as render } from './render-lesson';

describe('code cells', () => {
  it('turns a ```js run fence into a cell with disabled buttons, a status and an Output region', async () => {
    const { html, errors } = await render('```js run\nconst a = 1;\n```');
    expect(errors).toEqual([]);
    expect(html).toMatchInlineSnapshot(`
      "<section class="cell" data-cell-id="cell-1" data-cell-index="1" aria-label="Code cell 1"><div class="cell-toolbar"><button type="button" data-action="run" disabled class="cell-button cell-run">Run</button><button type="button" data-action="stop" disabled class="cell-button cell-stop">Stop</button><button type="button" data-action="reset" disabled class="cell-button cell-reset">Reset</button><button type="button" data-action="share" disabled class="cell-button cell-share">Share</button><span class="cell-status" role="status">Not run yet</span></div><pre><code class="language-js">const a = 1;
      </code></pre><div class="cell-output" role="log" aria-label="Output" aria-live="polite"></div></section>"
    `);
  });

  it('keeps plain fences as plain code', async () => {
    const { html } = await render('```js\nconst a = 1;\n```\n\n```python run\nx = 1\n```');
    expect(html).not.toContain('class="cell"');
    expect(html).toContain('<code class="language-js">');
  });

  it('numbers cells by position unless the author names them', async () => {
    const { html } = await render('```js run\na\n```\n\n```js run id=train-loop\nb\n```\n\n```js run\nc\n```');
    expect([...html.matchAll(/data-cell-id="([^"]+)"/g)].map((m) => m[1])).toEqual(['cell-1', 'train-loop', 'cell-3']);
  });

  it('rejects a cell id that is not a slug', async () => {
    const { errors } = await render('```js run id=Bad_Id\na\n```');
    expect(errors.map((e) => e.message)).toMatchInlineSnapshot(`
      [
        "lessons/example.md:1: Cell id "Bad_Id" is not valid. Use lowercase letters, digits and hyphens, e.g. \`\`\`js run id=train-loop.",
      ]
    `);
  });

  it('throws the first error when no error list is given (as astro build does)', async () => {
    const file = new VFile({ path: 'lessons/x.md', value: ':::theory{topic="linear-algebra" title="T"}\nx\n:::\n' });
    const processor = unified()
      .use(remarkParse)
      .use(lessonRemarkPlugins() as PluggableList);
    await expect(processor.run(processor.parse(file), file)).rejects.toThrow(
      'lessons/x.md:1: The lesson has theory but no runnable cell. Add a ```js run cell before the first :::theory block.',
    );
  });
});

describe('theory layers', () => {
  it('render as a collapsed <details> with a visible topic label', async () => {
    const { html, errors } = await render(
      '```js run\nx\n```\n\n:::theory{topic="information-theory" title="Why cross-entropy"}\nText.\n:::',
    );
    expect(errors).toEqual([]);
    expect(html).toMatchInlineSnapshot(`
      "<section class="cell" data-cell-id="cell-1" data-cell-index="1" aria-label="Code cell 1"><div class="cell-toolbar"><button type="button" data-action="run" disabled class="cell-button cell-run">Run</button><button type="button" data-action="stop" disabled class="cell-button cell-stop">Stop</button><button type="button" data-action="reset" disabled class="cell-button cell-reset">Reset</button><button type="button" data-action="share" disabled class="cell-button cell-share">Share</button><span class="cell-status" role="status">Not run yet</span></div><pre><code class="language-js">x
      </code></pre><div class="cell-output" role="log" aria-label="Output" aria-live="polite"></div></section>
      <details class="theory" data-topic="information-theory"><summary><span class="theory-topic">Information theory</span> Why cross-entropy</summary><div class="theory-body">
      <p>Text.</p>
      </div></details>"
    `);
  });

  it('leave text that merely looks like a directive alone', async () => {
    const { html } = await render('A ratio 3:1, a note:this and a time 10:30.');
    expect(html).toBe('<p>A ratio 3:1, a note:this and a time 10:30.</p>');
  });
});

describe('math', () => {
  it('renders inline and display math to KaTeX HTML with no script', async () => {
    const { html, errors } = await render('Inline $a^2$ and\n\n$$\n\\frac{1}{2}\n$$');
    expect(errors).toEqual([]);
    expect(html).toContain('<span class="katex">');
    expect(html).toContain('<span class="katex-display">');
    expect(html).toContain('<annotation encoding="application/x-tex">a^2</annotation>');
    expect(html).not.toContain('<script');
  });

  it('reports a parse error with its line', async () => {
    const { errors } = await render('Fine.\n\nBroken $\\frac{1}$ here.');
    expect(errors.map((e) => e.message)).toMatchInlineSnapshot(`
      [
        "lessons/example.md:3: KaTeX cannot parse this math: Unexpected end of input in a macro argument, expected '}' at end of input: \\frac{1}. Fix the LaTeX between the dollar signs; a literal dollar sign is written \\$.",
      ]
    `);
  });
});
