/**
 * The class names and selectors of a code cell's markup: the one contract between the builder
 * that writes a cell (cell-tree.ts, for lesson cells and the scratchpad alike) and the page code
 * and tests that find its parts. Kept free of imports, so the page bundle pays only for strings.
 */

/** The buttons of a cell, in toolbar order, by their `data-action`. */
export const CELL_ACTIONS = ['run', 'stop', 'reset', 'share'] as const;

/** One of a cell's buttons. */
export type CellAction = (typeof CELL_ACTIONS)[number];

/** The class of each part of a cell. */
export const cellClass = {
  cell: 'cell',
  toolbar: 'cell-toolbar',
  button: 'cell-button',
  status: 'cell-status',
  /** The unhighlighted code block of a cell written in a page (the scratchpad). */
  plainCode: 'cell-plain-code',
  output: 'cell-output',
  /** The note autosave puts after Reset when it brought back the learner's saved code. */
  restored: 'cell-restored',
  /** The Undo reset button autosave puts after Reset. */
  undoReset: 'cell-undo-reset',
  /** A button's own class, e.g. `cell-run`. */
  action: (action: CellAction) => `cell-${action}` as const,
} as const;

/** Selectors for a cell and, within its root, for each of its parts. */
export const cellSelector = {
  /** Every cell on a page. */
  cell: `section.${cellClass.cell}[data-cell-id]`,
  toolbar: `.${cellClass.toolbar}`,
  /** A cell's button by its action. */
  button: (action: CellAction) => `[data-action="${action}"]` as const,
  status: `.${cellClass.status}`,
  output: `.${cellClass.output}`,
  /** The static code block (Shiki's highlighted `<pre>` or the scratchpad's plain one), until the editor replaces it. */
  codeBlock: 'pre',
  /** The code inside the static block. */
  code: 'pre code',
  restored: `.${cellClass.restored}`,
  undoReset: `.${cellClass.undoReset}`,
} as const;
