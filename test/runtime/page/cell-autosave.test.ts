// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cellSelector } from '../../../src/runtime/cell/cell-selectors';
import { createCellAutosave } from '../../../src/runtime/page/cell-autosave';
import { mountCell } from './mount-cell';

const saved = new Map<string, string>();
vi.mock('../../../src/progress/store', () => ({
  getCellCode: (lesson: string, cell: string) => saved.get(`${lesson}/${cell}`),
  saveCellCode: (lesson: string, cell: string, code: string) => saved.set(`${lesson}/${cell}`, code),
  clearCellCode: (lesson: string, cell: string) => saved.delete(`${lesson}/${cell}`),
}));

beforeEach(() => {
  saved.clear();
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('cell autosave', () => {
  it('puts saved code back on load and marks the cell as edited', async () => {
    saved.set('lesson/a', 'console.log("mine")');
    const cell = mountCell('a', 'console.log("lesson")');
    await createCellAutosave('lesson', [cell]).restore();
    expect(cell.code).toBe('console.log("mine")');
    expect(cell.root.querySelector(cellSelector.code)?.textContent).toBe('console.log("mine")');
    expect(cell.root.dataset['edited']).toBe('true');
    expect(cell.root.querySelector(cellSelector.restored)?.textContent).toMatch(/saved in this browser/);
  });

  it('saves edits after a pause, and forgets code that is back to the lesson’s', async () => {
    vi.useFakeTimers();
    const cell = mountCell('b', 'const a = 1;');
    const autosave = createCellAutosave('lesson', [cell]);
    await autosave.restore();
    cell.code = 'const a = 2;';
    autosave.changed(cell);
    expect(saved.has('lesson/b')).toBe(false);
    await vi.advanceTimersByTimeAsync(400);
    expect(saved.get('lesson/b')).toBe('const a = 2;');
    cell.code = 'const a = 1;';
    autosave.changed(cell);
    await vi.advanceTimersByTimeAsync(400);
    expect(saved.has('lesson/b')).toBe(false);
  });

  it('resets to the lesson’s code and undoes the reset', async () => {
    saved.set('lesson/c', 'edited();');
    const cell = mountCell('c', 'original();');
    const autosave = createCellAutosave('lesson', [cell]);
    await autosave.restore();
    autosave.reset(cell);
    expect(cell.code).toBe('original();');
    const undo = [...cell.root.querySelectorAll('button')].find((b) => b.textContent === 'Undo reset');
    expect(undo).toBeDefined();
    await vi.waitFor(() => expect(saved.has('lesson/c')).toBe(false));
    undo!.click();
    expect(cell.code).toBe('edited();');
    await vi.waitFor(() => expect(saved.get('lesson/c')).toBe('edited();'));
    expect([...cell.root.querySelectorAll('button')].some((b) => b.textContent === 'Undo reset')).toBe(false);
  });

  it('does nothing on Reset when the code is the lesson’s', async () => {
    const cell = mountCell('d', 'same();');
    createCellAutosave('lesson', [cell]).reset(cell);
    expect(cell.root.querySelectorAll('button')).toHaveLength(4);
  });
});
