/**
 * A drawing pad in the Output (`show.drawPad`): a canvas drawn on with the mouse, a finger or a
 * pen (pointer events), or with the keyboard alone (arrow keys move a pen, Space inks or clears
 * the cell under it, P puts the pen down so it inks as it moves, Delete clears). Each change is
 * sent to the kernel at most every SEND_INTERVAL_MS while drawing, and once more when a stroke
 * ends; what the learner's onChange returned replaces the last result under the pad. When the
 * kernel that made the pad has gone (Stop, Restart), the pad says so and stops taking input.
 */
import { element } from './dom';
import { displayMessages } from '../../display/messages';
import { inkedCells, paintStroke } from '../../display/draw-raster';
import type { DrawPadCreateMessage, DrawPadResultMessage } from '../../display/protocol';
import { renderBars } from './bars-view';

/** Most often, in ms, a drawing is sent while the pen moves. */
export const SEND_INTERVAL_MS = 50;
/** The pad's drawn side in CSS pixels, about. */
const DISPLAY_SIDE = 224;

/** Sends a drawing to the kernel; false when no kernel can take it any more. */
export type SendDrawing = (padId: string, pixels: Float32Array) => boolean;

/** One pad on the page. */
export class DrawPadView {
  readonly element: HTMLElement;
  private readonly size: number;
  private readonly cellPx: number;
  private pixels: Float32Array;
  private readonly canvas: HTMLCanvasElement;
  private readonly penStatus: HTMLElement;
  private readonly result: HTMLElement;
  private readonly clearButton: HTMLButtonElement;
  private pen = { row: 0, column: 0, down: false };
  private stroke: [number, number] | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastSent = -Infinity;
  private stopped = false;

  constructor(
    private readonly message: DrawPadCreateMessage,
    private readonly send: SendDrawing,
  ) {
    const { size, title } = message;
    this.size = size;
    this.cellPx = Math.max(4, Math.floor(DISPLAY_SIDE / size));
    this.pixels = new Float32Array(size * size);
    this.element = element('figure', { className: 'out-drawpad', attributes: { 'aria-label': displayMessages.drawPadName(title) } });
    const help = element('p', { className: 'out-note', text: displayMessages.drawPadHelp(), attributes: { id: `${message.id}-help` } });
    this.canvas = element('canvas', {
      className: 'out-drawpad-canvas',
      attributes: {
        width: String(size * this.cellPx),
        height: String(size * this.cellPx),
        tabindex: '0',
        role: 'application',
        'aria-roledescription': displayMessages.drawPadRole(),
        'aria-label': displayMessages.drawPadCanvasName(size),
        'aria-describedby': help.id,
      },
    });
    this.penStatus = element('p', { className: 'out-drawpad-pen', attributes: { 'aria-live': 'polite' } });
    this.clearButton = element('button', {
      className: 'out-drawpad-clear',
      text: displayMessages.drawPadClear(),
      attributes: { type: 'button' },
    });
    this.result = element('div', { className: 'out-drawpad-result', attributes: { 'aria-live': 'polite' } });
    this.result.append(element('p', { className: 'out-note', text: displayMessages.drawPadWaiting() }));
    const controls = element('div', { className: 'out-drawpad-controls' });
    controls.append(this.clearButton, this.penStatus);
    this.element.append(element('figcaption', { className: 'out-caption', text: title }), this.canvas, controls, help, this.result);
    this.listen();
    this.draw();
    this.sayPen();
  }

  /** The kernel replaced the drawing (pad.stroke, pad.clear). */
  set(pixels: Float32Array): void {
    if (pixels.length !== this.pixels.length) return;
    this.pixels = pixels.slice();
    this.draw();
    this.sayPen();
  }

  /** What onChange returned for the latest drawing. */
  showResult(message: DrawPadResultMessage): void {
    if (message.status === 'error') {
      this.result.replaceChildren(element('p', { className: 'out-drawpad-error', text: message.text }));
    } else if (message.labels.length > 0) {
      const title = displayMessages.drawPadResultTitle();
      this.result.replaceChildren(
        renderBars({
          kind: 'bars',
          id: `${message.id}-result`,
          title,
          xLabel: '',
          yLabel: '',
          labels: message.labels,
          values: message.values,
          total: message.labels.length,
        }),
      );
    } else {
      this.result.replaceChildren(element('p', { className: 'out-drawpad-text', text: message.text }));
    }
  }

  /** Stops taking input: the kernel that made the pad is gone (`say` false when the Output is only being cleared). */
  stop(say = true): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stopped) return;
    this.stopped = true;
    this.canvas.setAttribute('aria-disabled', 'true');
    this.clearButton.disabled = true;
    if (say) this.result.replaceChildren(element('p', { className: 'out-drawpad-error', text: displayMessages.drawPadStopped() }));
  }

  private listen(): void {
    const canvas = this.canvas;
    canvas.addEventListener('pointerdown', (event) => {
      if (this.stopped || event.button > 0) return;
      event.preventDefault();
      canvas.setPointerCapture?.(event.pointerId);
      this.stroke = this.pointOf(event);
      this.ink([this.stroke]);
    });
    canvas.addEventListener('pointermove', (event) => {
      if (!this.stroke || this.stopped) return;
      const point = this.pointOf(event);
      this.ink([this.stroke, point]);
      this.stroke = point;
    });
    const end = () => {
      if (!this.stroke) return;
      this.stroke = null;
      this.sendNow();
    };
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
    canvas.addEventListener('keydown', (event) => this.key(event));
    canvas.addEventListener('focus', () => this.draw());
    canvas.addEventListener('blur', () => this.draw());
    this.clearButton.addEventListener('click', () => {
      if (this.stopped) return;
      this.pixels.fill(0);
      this.draw();
      this.sayPen();
      this.sendNow();
    });
  }

  private pointOf(event: PointerEvent): [number, number] {
    const box = this.canvas.getBoundingClientRect();
    // Cell (r, c) spans [c, c + 1) on the canvas; its centre is the point [c, r] (draw-raster.ts).
    const scale = (offset: number, length: number) => (length > 0 ? (offset / length) * this.size - 0.5 : 0);
    return [scale(event.clientX - box.left, box.width), scale(event.clientY - box.top, box.height)];
  }

  private ink(points: Array<[number, number]>): void {
    if (!paintStroke(this.pixels, this.size, points)) return;
    this.draw();
    this.scheduleSend();
  }

  private key(event: KeyboardEvent): void {
    if (this.stopped) return;
    const last = this.size - 1;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[event.key];
    const at = () => this.pen.row * this.size + this.pen.column;
    if (move) {
      this.pen.row = Math.min(last, Math.max(0, this.pen.row + move[0]));
      this.pen.column = Math.min(last, Math.max(0, this.pen.column + move[1]));
      if (this.pen.down) this.pixels[at()] = 1;
    } else if (event.key === ' ' || event.key === 'Enter') {
      this.pixels[at()] = (this.pixels[at()] ?? 0) >= 0.5 ? 0 : 1;
    } else if (event.key === 'p' || event.key === 'P') {
      this.pen.down = !this.pen.down;
      if (this.pen.down) this.pixels[at()] = 1;
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      this.pixels.fill(0);
    } else {
      return;
    }
    event.preventDefault();
    this.draw();
    this.sayPen();
    if (move && !this.pen.down) return;
    this.scheduleSend();
  }

  private sayPen(): void {
    this.penStatus.textContent = displayMessages.drawPadPen(
      this.pen.row,
      this.pen.column,
      this.pen.down,
      inkedCells(this.pixels),
      this.pixels.length,
    );
  }

  private scheduleSend(): void {
    if (this.timer !== undefined) return;
    const wait = Math.max(0, this.lastSent + SEND_INTERVAL_MS - performance.now());
    this.timer = setTimeout(() => this.sendNow(), wait);
  }

  private sendNow(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stopped) return;
    this.lastSent = performance.now();
    if (!this.send(this.message.id, this.pixels.slice())) this.stop();
  }

  private draw(): void {
    const context = this.canvas.getContext?.('2d');
    if (!context) return;
    const { size, cellPx } = this;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size * cellPx, size * cellPx);
    for (let i = 0; i < this.pixels.length; i++) {
      const value = this.pixels[i] ?? 0;
      if (value <= 0) continue;
      context.fillStyle = `rgba(0, 0, 0, ${value})`;
      context.fillRect((i % size) * cellPx, Math.floor(i / size) * cellPx, cellPx, cellPx);
    }
    if (typeof document !== 'undefined' && document.activeElement === this.canvas) {
      context.strokeStyle = '#0072B2';
      context.lineWidth = 2;
      context.strokeRect(this.pen.column * cellPx + 1, this.pen.row * cellPx + 1, cellPx - 2, cellPx - 2);
    }
  }
}
