// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { cellSelector } from '../../../src/runtime/cell/cell-selectors';
import { CellView } from '../../../src/runtime/page/cell-view';
import { mountCell } from './mount-cell';

beforeEach(() => document.body.replaceChildren());

describe('CellView', () => {
  it('puts the highlighted lesson code back on Reset before the editor loads', async () => {
    const cell = mountCell('e', 'x');
    cell.root.querySelector(cellSelector.code)!.innerHTML = '<span class="line"><span style="color:red">x</span></span>\n';
    const view = new CellView(cell.root);
    view.code = 'y';
    expect(view.root.querySelector(cellSelector.code)!.innerHTML).toBe('y');
    view.code = 'x';
    expect(view.root.querySelector(`${cellSelector.code} span[style]`)?.textContent).toBe('x');
  });

  it('reads the lesson code without the trailing newline, and knows when it was edited', () => {
    const cell = mountCell('g', 'const a = 1;\n');
    expect(cell.originalCode).toBe('const a = 1;');
    expect(cell.edited).toBe(false);
    cell.code = 'const a = 2;';
    expect(cell.edited).toBe(true);
  });

  it('shows activity in its buttons', () => {
    const cell = mountCell('f', 'x');
    cell.enable();
    expect([cell.runButton.disabled, cell.stopButton.disabled, cell.resetButton.disabled]).toEqual([false, true, false]);
    cell.setActivity('running');
    expect([cell.runButton.disabled, cell.stopButton.disabled]).toEqual([true, false]);
    cell.setStatus('Ran in 3 ms — done', 'done');
    expect(cell.status.dataset['outcome']).toBe('done');
  });
});
