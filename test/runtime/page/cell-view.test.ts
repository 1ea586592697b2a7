// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { CellView } from '../../../src/runtime/page/cell-view';

function makeCell(id: string, code: string): CellView {
  const section = document.createElement('section');
  section.className = 'cell';
  section.dataset['cellId'] = id;
  section.dataset['cellIndex'] = '1';
  section.innerHTML = `<div class="cell-toolbar"><button data-action="run" disabled>Run</button><button data-action="stop" disabled>Stop</button><button data-action="reset" disabled>Reset</button><span class="cell-status" role="status">Not run yet</span></div><pre><code></code></pre><div class="cell-output" role="log" aria-label="Output"></div>`;
  section.querySelector('code')!.textContent = `${code}\n`;
  document.body.append(section);
  return new CellView(section);
}

beforeEach(() => document.body.replaceChildren());

describe('CellView', () => {
  it('puts the highlighted lesson code back on Reset before the editor loads', async () => {
    const cell = makeCell('e', 'x');
    cell.root.querySelector('code')!.innerHTML = '<span class="line"><span style="color:red">x</span></span>\n';
    const view = new CellView(cell.root);
    view.code = 'y';
    expect(view.root.querySelector('code')!.innerHTML).toBe('y');
    view.code = 'x';
    expect(view.root.querySelector('code span[style]')?.textContent).toBe('x');
  });

  it('reads the lesson code without the trailing newline, and knows when it was edited', () => {
    const cell = makeCell('g', 'const a = 1;');
    expect(cell.originalCode).toBe('const a = 1;');
    expect(cell.edited).toBe(false);
    cell.code = 'const a = 2;';
    expect(cell.edited).toBe(true);
  });

  it('shows activity in its buttons', () => {
    const cell = makeCell('f', 'x');
    cell.enable();
    expect([cell.runButton.disabled, cell.stopButton.disabled, cell.resetButton.disabled]).toEqual([false, true, false]);
    cell.setActivity('running');
    expect([cell.runButton.disabled, cell.stopButton.disabled]).toEqual([true, false]);
    cell.setStatus('Ran in 3 ms — done', 'done');
    expect(cell.status.dataset['outcome']).toBe('done');
  });
});
