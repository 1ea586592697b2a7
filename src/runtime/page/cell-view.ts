/**
 * One code cell's DOM, as src/runtime/cell/cell-tree.ts builds it (for lesson cells and the
 * scratchpad alike): its Run/Stop/Reset/Share buttons, status, static code and Output region. Keeps
 * the cell's source of truth for the code: the editor when it is loaded, else the static block's
 * text.
 */
import { cellSelector } from '../cell/cell-selectors';
import { runtimeMessages } from '../messages';

/** What a cell is doing. */
export type CellActivity = 'idle' | 'queued' | 'running';

/** The part of an editor a cell needs (see src/editor/cell-editor.ts). */
export interface AttachedEditor {
  getCode(): string;
  setCode(code: string): void;
  showError(line: number, column: number | null, message: string): void;
  clearErrors(): void;
  focus(): void;
}

/** A cell on the page. */
export class CellView {
  readonly id: string;
  readonly index: number;
  readonly root: HTMLElement;
  readonly runButton: HTMLButtonElement;
  readonly stopButton: HTMLButtonElement;
  readonly resetButton: HTMLButtonElement;
  readonly shareButton: HTMLButtonElement;
  readonly toolbar: HTMLElement;
  readonly status: HTMLElement;
  readonly output: HTMLElement;
  /** The code as the lesson wrote it. */
  readonly originalCode: string;
  editor: AttachedEditor | undefined;
  #code: string;
  #codeElement: HTMLElement | null;
  /** The build-time highlighted markup of the lesson's code, put back on Reset. */
  readonly #originalMarkup: string;

  constructor(root: HTMLElement) {
    const find = <T extends HTMLElement>(selector: string): T => {
      const element = root.querySelector<T>(selector);
      if (!element) {
        throw new Error(
          `Code cell ${root.dataset['cellId'] ?? '?'} has no ${selector}. Build cells with src/runtime/cell/cell-tree.ts, which writes every part the runtime needs.`,
        );
      }
      return element;
    };
    this.root = root;
    this.id = root.dataset['cellId'] ?? '';
    this.index = Number(root.dataset['cellIndex'] ?? 0);
    this.runButton = find(cellSelector.button('run'));
    this.stopButton = find(cellSelector.button('stop'));
    this.resetButton = find(cellSelector.button('reset'));
    this.shareButton = find(cellSelector.button('share'));
    this.toolbar = find(cellSelector.toolbar);
    this.status = find(cellSelector.status);
    this.output = find(cellSelector.output);
    this.#codeElement = root.querySelector<HTMLElement>(cellSelector.code);
    this.originalCode = (this.#codeElement?.textContent ?? '').replace(/\n$/, '');
    this.#code = this.originalCode;
    this.#originalMarkup = this.#codeElement?.innerHTML ?? '';
  }

  /** The static code block, until the editor replaces it. */
  get staticBlock(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(cellSelector.codeBlock);
  }

  /** The cell's current code. */
  get code(): string {
    return this.editor?.getCode() ?? this.#code;
  }

  /** Replaces the cell's code (in the editor, or as plain text in the static block). */
  set code(code: string) {
    this.#code = code;
    if (this.editor) {
      if (this.editor.getCode() !== code) this.editor.setCode(code);
    } else if (this.#codeElement) {
      if (code === this.originalCode) this.#codeElement.innerHTML = this.#originalMarkup;
      else this.#codeElement.textContent = code;
    }
  }

  /** Whether the code differs from the lesson's. */
  get edited(): boolean {
    return this.code !== this.originalCode;
  }

  /** Shows the cell's state in its buttons and status. */
  setActivity(activity: CellActivity): void {
    this.root.dataset['activity'] = activity;
    this.runButton.disabled = activity !== 'idle';
    this.stopButton.disabled = activity === 'idle';
    if (activity === 'queued') this.setStatus(runtimeMessages.statusQueued());
    if (activity === 'running') this.setStatus(runtimeMessages.statusRunning());
  }

  /** Sets the visible status text; `outcome` styles it. */
  setStatus(text: string, outcome?: 'done' | 'error' | 'stopped'): void {
    this.status.textContent = text;
    if (outcome) this.status.dataset['outcome'] = outcome;
    else delete this.status.dataset['outcome'];
  }

  /** Enables the controls once the runtime has taken the cell over. */
  enable(): void {
    this.runButton.disabled = false;
    this.resetButton.disabled = false;
    this.shareButton.disabled = false;
    this.stopButton.disabled = true;
    this.status.textContent = runtimeMessages.statusNotRun();
  }
}
