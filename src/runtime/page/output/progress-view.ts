/**
 * A progress bar: a native <progress> named by its visible label
 * ("Training: 45% — about 3 s left"), updated in place at most once per frame.
 */
import { element, uniqueId } from './dom';
import { displayMessages } from '../../display/messages';
import type { ProgressCreateMessage, ProgressDoneMessage, ProgressUpdateMessage } from '../../display/protocol';

/** The view of one progress bar, created by `progress-create`, moved by updates. */
export class ProgressView {
  /** The block to put in the Output. */
  readonly element: HTMLElement;
  private readonly bar: HTMLProgressElement;
  private readonly label: HTMLLabelElement;
  private name: string;
  private done = 0;
  private total: number;
  private etaMs: number | null = null;
  private elapsedMs: number | null = null;

  constructor(message: ProgressCreateMessage) {
    const id = uniqueId('out-progress');
    this.name = message.label;
    this.total = Math.max(1, message.total);
    // aria-live off: the Output is a live log, and a label that changes every frame must not be read out each time.
    this.element = element('div', { className: 'out-progress', attributes: { 'aria-live': 'off' } });
    this.label = element('label', { className: 'out-progress-label', attributes: { for: id } });
    this.bar = element('progress', { attributes: { id } });
    this.element.append(this.label, this.bar);
    this.draw();
  }

  /** Records a new state (drawn by `draw`). */
  update(message: ProgressUpdateMessage): void {
    this.done = message.done;
    this.total = Math.max(1, message.total);
    this.etaMs = message.etaMs;
    if (message.label !== undefined) this.name = message.label;
  }

  /** Records completion. */
  finish(message: ProgressDoneMessage): void {
    this.done = this.total;
    this.elapsedMs = message.elapsedMs;
    this.element.classList.add('out-progress-done');
  }

  /** Writes the state into the DOM. */
  draw(): void {
    this.bar.max = this.total;
    this.bar.value = Math.min(this.done, this.total);
    const percent = Math.floor((100 * Math.min(this.done, this.total)) / this.total);
    this.label.textContent =
      this.elapsedMs === null
        ? displayMessages.progressRunning(this.name, percent, this.etaMs)
        : displayMessages.progressDone(this.name, this.elapsedMs);
  }
}
