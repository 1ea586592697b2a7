/**
 * The kernel's side of `show.drawPad`: the pads learner code created, the drawings the page sends
 * for them, and the learner's onChange, called with each drawing and its result shown under the
 * pad. The page sends a drawing at most every few dozen ms while the pen moves; here a pad waits
 * for its onChange to finish before calling it again, with the latest drawing only, so a slow
 * prediction never piles up calls. Tensors onChange creates are freed once its result is read.
 */
import type * as tfTypes from '@tensorflow/tfjs';
import { displayMessages } from '../../display/messages';
import type { DrawPadResultMessage } from '../../display/protocol';
import { MAX_DRAW_PAD_SIZE, MIN_DRAW_PAD_SIZE, paintStroke } from '../../display/draw-raster';
import { primitiveText } from '../../primitive-text';
import { isTensorLike } from './format-tensor';
import { formatValue } from './format-value';
import type { OutputQueue } from './output-queue';
import { describeInput, readLabels } from './tensor-input';

/** Options of show.drawPad. */
export interface DrawPadOptions {
  /** Cells per side (default 28; 8 for the digits data set). */
  size?: number | undefined;
  title?: string | undefined;
  /** Names of the values onChange returns, e.g. the ten digits (default 0, 1, 2, …). */
  labels?: unknown;
  /** Called with each new drawing (size × size values, 0 blank … 1 ink, row by row); what it returns is shown under the pad. */
  onChange?: ((pixels: Float32Array, pad: DrawPad) => unknown) | undefined;
}

/** The handle show.drawPad returns. */
export interface DrawPad {
  /** The pad's id. */
  readonly id: string;
  /** Cells per side. */
  readonly size: number;
  /** A copy of the current drawing. */
  pixels(): Float32Array;
  /** Draws a stroke through [column, row] points (in cells, 0 … size − 1) as the pen would, then calls onChange; resolves to its result. */
  stroke(points: ReadonlyArray<readonly [number, number]>): Promise<unknown>;
  /** Blanks the drawing, then calls onChange; resolves to its result. */
  clear(): Promise<unknown>;
}

/** Who owns a pad: the cell (and run) whose Output shows it. */
export interface PadOwner {
  runId: number;
  cellId: string;
}

/** The pads of one kernel. */
export interface DrawPads {
  drawPad: (options?: DrawPadOptions) => DrawPad;
  /** Marks the start of a run of `owner`: the cell's earlier pads go (its Output is cleared), new ones belong to it. */
  beginRun(owner: PadOwner): void;
  /** A drawing arrived from the page; true when the kernel should queue a call of `take` for it (none is waiting yet). */
  offer(padId: string, pixels: Float32Array): boolean;
  /** The cell whose Output shows pad `padId`, while the kernel knows the pad. */
  ownerOf(padId: string): PadOwner | undefined;
  /** The waiting call of a pad, with the cell its output belongs to; undefined for an unknown pad (e.g. its cell ran again). */
  take(padId: string): { owner: PadOwner; call: () => Promise<void> } | undefined;
}

interface Pad {
  handle: DrawPad;
  owner: PadOwner;
  pixels: Float32Array;
  waiting: Float32Array | undefined;
  call: (pixels: Float32Array) => Promise<unknown>;
}

type Tf = Pick<typeof tfTypes, 'engine'>;

/** What one call of onChange gave: a value and the message showing it, or a promise of them. */
interface Outcome {
  value?: unknown;
  message?: DrawPadResultMessage | undefined;
  later?: Promise<unknown>;
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

/** Creates the pads of one kernel, posting through `queue`. */
export function createDrawPads(queue: OutputQueue, nextId: (kind: string) => string, tf: Tf): DrawPads {
  const pads = new Map<string, Pad>();
  let owner: PadOwner = { runId: 0, cellId: '' };

  /** The result onChange gave, as bars (numbers) or a text. */
  const resultOf = (id: string, value: unknown, labels: string[]): DrawPadResultMessage | undefined => {
    if (value === undefined) return undefined;
    const base = { kind: 'drawpad-result', id, status: 'ok' } as const;
    let numbers: ArrayLike<number> | undefined;
    let names = labels;
    if (isTensorLike(value)) numbers = value.isDisposed ? undefined : (value.dataSync() as ArrayLike<number>);
    else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) numbers = value as unknown as ArrayLike<number>;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'number')) numbers = value;
    else if (typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'number')) {
      names = Object.keys(value);
      numbers = Object.values(value) as number[];
    }
    if (numbers && numbers.length > 0 && Array.from(numbers).every(Number.isFinite)) {
      const values = Float64Array.from(numbers);
      return { ...base, text: '', labels: Array.from(values, (_, i) => names[i] ?? String(i)), values };
    }
    return { ...base, text: typeof value === 'string' ? value : formatValue(value), labels: [], values: new Float64Array(0) };
  };

  return {
    drawPad(options = {}) {
      const size = options.size ?? 28;
      if (!Number.isInteger(size) || size < MIN_DRAW_PAD_SIZE || size > MAX_DRAW_PAD_SIZE) {
        throw new TypeError(displayMessages.drawPadSize(describeInput(options.size)));
      }
      const onChange = options.onChange;
      if (onChange !== undefined && typeof onChange !== 'function')
        throw new TypeError(displayMessages.drawPadOnChange(describeInput(onChange)));
      const labels = readLabels(options.labels, 'show.drawPad');
      const id = nextId('drawpad');
      const failed = (error: unknown): DrawPadResultMessage => ({
        kind: 'drawpad-result',
        id,
        status: 'error',
        text: displayMessages.drawPadCallbackFailed(
          error instanceof Error ? error.name : 'Error',
          error instanceof Error ? error.message : primitiveText(error),
        ),
        labels: [],
        values: new Float64Array(0),
      });
      /**
       * Calls onChange. A plain function runs in a tensor scope that ends before this returns (as in
       * tf.tidy), its result read first; an async one cannot (other code runs while it waits), so it
       * frees its own tensors.
       */
      const invoke = (fn: NonNullable<DrawPadOptions['onChange']>, pixels: Float32Array): Outcome => {
        if (fn.constructor.name === 'AsyncFunction') {
          try {
            return { later: Promise.resolve(fn(pixels.slice(), handle)) };
          } catch (error) {
            return { message: failed(error) };
          }
        }
        const engine = tf.engine();
        engine.startScope('drawPad.onChange');
        try {
          const value = fn(pixels.slice(), handle);
          if (isPromiseLike(value)) return { later: Promise.resolve(value) };
          return { value, message: resultOf(id, value, labels) };
        } catch (error) {
          return { message: failed(error) };
        } finally {
          engine.endScope();
        }
      };
      const call = async (pixels: Float32Array): Promise<unknown> => {
        pad.pixels = pixels;
        if (!onChange) return undefined;
        let outcome = invoke(onChange, pixels);
        if (outcome.later) {
          try {
            const value = await outcome.later;
            outcome = { value, message: resultOf(id, value, labels) };
          } catch (error) {
            outcome = { message: failed(error) };
          }
        }
        if (outcome.message) queue.send(outcome.message);
        // A tensor result was freed with the scope: resolve to the numbers it held.
        return isTensorLike(outcome.value) ? Array.from(outcome.message?.values ?? []) : outcome.value;
      };
      const handle: DrawPad = {
        id,
        size,
        pixels: () => pad.pixels.slice(),
        stroke(points) {
          if (!Array.isArray(points) || points.length === 0 || !points.every(isPoint)) {
            throw new TypeError(displayMessages.drawPadStroke(describeInput(points)));
          }
          const next = pad.pixels.slice();
          paintStroke(next, size, points);
          queue.send({ kind: 'drawpad-set', id, pixels: next.slice() });
          return call(next);
        },
        clear() {
          const blank = new Float32Array(size * size);
          queue.send({ kind: 'drawpad-set', id, pixels: blank.slice() });
          return call(blank);
        },
      };
      const pad: Pad = { handle, owner, pixels: new Float32Array(size * size), waiting: undefined, call };
      pads.set(id, pad);
      queue.send({ kind: 'drawpad-create', id, title: options.title ?? displayMessages.defaultDrawPadTitle(), size });
      return handle;
    },
    beginRun(next) {
      for (const [id, pad] of pads) if (pad.owner.cellId === next.cellId) pads.delete(id);
      owner = next;
    },
    ownerOf: (padId) => pads.get(padId)?.owner,
    offer(padId, pixels) {
      const pad = pads.get(padId);
      if (!pad || pixels.length !== pad.pixels.length) return false;
      const queued = pad.waiting === undefined;
      pad.waiting = pixels;
      return queued;
    },
    take(padId) {
      const pad = pads.get(padId);
      const pixels = pad?.waiting;
      if (!pad || !pixels) return undefined;
      pad.waiting = undefined;
      return {
        owner: pad.owner,
        call: async () => {
          await pad.call(pixels);
        },
      };
    },
  };
}

const isPoint = (point: unknown): point is [number, number] =>
  Array.isArray(point) && point.length === 2 && point.every((v) => typeof v === 'number' && Number.isFinite(v));
