// @vitest-environment happy-dom
/**
 * A lesson cell (the markdown pipeline's remark-run-cells.ts) and a page cell (cell-html.ts, what
 * CodeCell.astro writes) must be the same cell to the runtime and to assistive technology: the
 * same parts under the same selectors, with the same roles and names. Any user of the cell that
 * drifts from the builder fails here.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { cellHtml } from '../../../src/runtime/cell/cell-html';
import { CELL_ACTIONS, cellSelector } from '../../../src/runtime/cell/cell-selectors';
import { CellView } from '../../../src/runtime/page/cell-view';
import { renderLesson } from '../../markdown/render-lesson';

const CODE = 'const answer = 6 * 7;\nconsole.log(answer);';

/** The cell's parts as the runtime and a screen reader meet them: tag, role, name and state. */
function parts(root: HTMLElement) {
  const one = (selector: string) => {
    const found = root.querySelectorAll<HTMLElement>(selector);
    expect(found, `exactly one ${selector} in cell ${root.dataset['cellId']}`).toHaveLength(1);
    return found[0]!;
  };
  const status = one(cellSelector.status);
  const output = one(cellSelector.output);
  return {
    region: {
      tag: root.tagName,
      name: root.getAttribute('aria-label'),
      index: root.dataset['cellIndex'],
      matches: root.matches(cellSelector.cell),
    },
    buttons: CELL_ACTIONS.map((action) => {
      const button = one(cellSelector.button(action)) as HTMLButtonElement;
      return { tag: button.tagName, type: button.type, name: button.textContent, disabled: button.disabled };
    }),
    allButtons: root.querySelectorAll('button').length,
    status: { tag: status.tagName, role: status.getAttribute('role'), text: status.textContent },
    output: {
      tag: output.tagName,
      role: output.getAttribute('role'),
      name: output.getAttribute('aria-label'),
      live: output.getAttribute('aria-live'),
      empty: output.childNodes.length === 0,
    },
    codeBlock: one(cellSelector.codeBlock).tagName,
    code: one(cellSelector.code).textContent?.replace(/\n$/, ''),
    /** The cell's children in order, each named by the part it holds. */
    order: [...root.children].map((child) => {
      if (child === output) return 'output';
      if (child.contains(status)) return 'controls';
      return child.matches(cellSelector.codeBlock) ? 'code' : child.tagName;
    }),
  };
}

async function lessonCellRoot(): Promise<HTMLElement> {
  const { html, errors } = await renderLesson(`# A lesson\n\n\`\`\`js run id=answer\n${CODE}\n\`\`\`\n`);
  expect(errors).toEqual([]);
  document.body.insertAdjacentHTML('beforeend', `<main data-from="lesson">${html}</main>`);
  return document.querySelector<HTMLElement>(`[data-from="lesson"] ${cellSelector.cell}`)!;
}

function pageCellRoot(): HTMLElement {
  document.body.insertAdjacentHTML('beforeend', `<main data-from="page">${cellHtml({ id: 'answer', index: 1 }, CODE)}</main>`);
  return document.querySelector<HTMLElement>(`[data-from="page"] ${cellSelector.cell}`)!;
}

beforeEach(() => document.body.replaceChildren());

describe('one cell markup for lessons and pages', () => {
  it('gives a lesson cell the names, roles and parts of the accessible-names contract', async () => {
    expect(parts(await lessonCellRoot())).toEqual({
      region: { tag: 'SECTION', name: 'Code cell 1', index: '1', matches: true },
      buttons: ['Run', 'Stop', 'Reset', 'Share'].map((name) => ({ tag: 'BUTTON', type: 'button', name, disabled: true })),
      allButtons: 4,
      status: { tag: 'SPAN', role: 'status', text: 'Not run yet' },
      output: { tag: 'DIV', role: 'log', name: 'Output', live: 'polite', empty: true },
      codeBlock: 'PRE',
      code: CODE,
      order: ['controls', 'code', 'output'],
    });
  });

  it('gives a page cell (CodeCell.astro) exactly the parts of a lesson cell', async () => {
    const lesson = await lessonCellRoot();
    const page = pageCellRoot();
    expect(parts(page)).toEqual(parts(lesson));
    expect(page.dataset['cellId']).toBe(lesson.dataset['cellId']);
  });

  it('lets CellView take over both, finding every part', async () => {
    for (const root of [await lessonCellRoot(), pageCellRoot()]) {
      const view = new CellView(root);
      expect([view.id, view.index, view.originalCode]).toEqual(['answer', 1, CODE]);
      expect([view.runButton, view.stopButton, view.resetButton, view.shareButton].map((b) => b.textContent)).toEqual([
        'Run',
        'Stop',
        'Reset',
        'Share',
      ]);
      expect(view.status.getAttribute('role')).toBe('status');
      expect(view.output.getAttribute('aria-label')).toBe('Output');
      expect(view.staticBlock?.tagName).toBe('PRE');
      view.enable();
      expect([view.runButton.disabled, view.stopButton.disabled, view.resetButton.disabled, view.shareButton.disabled]).toEqual([
        false,
        true,
        false,
        false,
      ]);
    }
  });

  it('says how to fix a cell missing a part', () => {
    const root = pageCellRoot();
    root.querySelector(cellSelector.output)!.remove();
    expect(() => new CellView(root)).toThrow(
      'Code cell answer has no .cell-output. Build cells with src/runtime/cell/cell-tree.ts, which writes every part the runtime needs.',
    );
  });

  it('keeps the page cell’s code as text, not markup', () => {
    const root = pageCellRoot();
    root.remove();
    document.body.insertAdjacentHTML('beforeend', cellHtml({ id: 'html', index: 2 }, 'show.html("<b>x</b>") && 1 < 2'));
    const cell = new CellView(document.querySelector<HTMLElement>(cellSelector.cell)!);
    expect(cell.originalCode).toBe('show.html("<b>x</b>") && 1 < 2');
    expect(cell.root.querySelector('b')).toBeNull();
    expect(cell.root.getAttribute('aria-label')).toBe('Code cell 2');
  });
});
