/**
 * Flood control between learner code and the page. Console lines and chart points are batched
 * (one message at most every FLUSH_INTERVAL_MS, or when LINE_BATCH lines wait), progress updates
 * keep only their latest state, and each run shows at most RUN_LINE_CAP console lines: past it,
 * lines are only counted (not even formatted) and one "N more lines not shown" note carries the
 * count. So 100,000 console.log calls cost the page a few messages, not 100,000 DOM nodes.
 *
 * Everything leaves in order: a message sent with `send` first flushes what is waiting.
 */
import { displayMessages } from '../../display/messages';
import type { ConsoleLevel, ConsoleLine, DisplayMessage, LinePoint, ProgressUpdateMessage } from '../../display/protocol';

/**
 * Most time, in ms, a console line or chart point waits before it is posted: ten page updates a
 * second at most, which still reads as live. Each update costs the page a paint while the kernel
 * computes on the same machine; at 50 ms a training cell ran 0.86–0.95× as fast as a bare worker,
 * at 100 ms 0.94–0.97× (BENCHMARKS.md, figure 6).
 */
export const FLUSH_INTERVAL_MS = 100;
/** Console lines per message at most; a full batch is posted at once. */
export const LINE_BATCH = 200;
/** Console lines shown per run; the rest are counted in a note. */
export const RUN_LINE_CAP = 1000;
/** Characters kept of one console line. */
export const MAX_LINE_CHARS = 10_000;

/** The worker-side outbox of one kernel. */
export interface OutputQueue {
  /** Queue a console line; `format` runs only if the line will be shown. */
  line(level: ConsoleLevel, format: () => string[]): void;
  /** Queue a point for a line chart. */
  point(id: string, point: LinePoint): void;
  /** Replace the waiting state of a progress bar. */
  progress(update: ProgressUpdateMessage): void;
  /** Post a message now, after everything queued before it. */
  send(message: DisplayMessage): void;
  /** Start counting a new run against the line cap. */
  beginRun(): void;
  /** Post everything waiting (the kernel calls this when a run ends). */
  flush(): void;
}

/** Options for tests: a clock and a timer. */
export interface OutputQueueOptions {
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
}

/** Creates the outbox that posts through `post`. */
export function createOutputQueue(post: (message: DisplayMessage) => void, options: OutputQueueOptions = {}): OutputQueue {
  const now = options.now ?? (() => performance.now());
  const setTimer = options.setTimer ?? ((callback: () => void, ms: number) => setTimeout(callback, ms));
  let lines: ConsoleLine[] = [];
  const points = new Map<string, LinePoint[]>();
  const progress = new Map<string, ProgressUpdateMessage>();
  let printed = 0;
  let suppressed = 0;
  let suppressedPosted = 0;
  let lastFlush = now();
  let timerPending = false;

  const flush = () => {
    lastFlush = now();
    if (lines.length > 0) {
      post({ kind: 'console', lines });
      lines = [];
    }
    for (const [id, waiting] of points) post({ kind: 'line-points', id, points: waiting });
    points.clear();
    for (const update of progress.values()) post(update);
    progress.clear();
    if (suppressed !== suppressedPosted) {
      suppressedPosted = suppressed;
      post({ kind: 'suppressed', count: suppressed, total: printed });
    }
  };

  /** Flush now if the interval has passed (keeps output live inside synchronous loops), else later. */
  const schedule = () => {
    if (now() - lastFlush >= FLUSH_INTERVAL_MS) {
      flush();
      return;
    }
    if (timerPending) return;
    timerPending = true;
    setTimer(() => {
      timerPending = false;
      flush();
    }, FLUSH_INTERVAL_MS);
  };

  return {
    line(level, format) {
      printed += 1;
      if (printed > RUN_LINE_CAP) {
        suppressed += 1;
        schedule();
        return;
      }
      lines.push({ level, parts: clip(format()) });
      if (lines.length >= LINE_BATCH) flush();
      else schedule();
    },
    point(id, point) {
      const waiting = points.get(id);
      if (waiting) waiting.push(point);
      else points.set(id, [point]);
      schedule();
    },
    progress(update) {
      progress.set(update.id, update);
      schedule();
    },
    send(message) {
      flush();
      post(message);
    },
    beginRun() {
      flush();
      printed = 0;
      suppressed = 0;
      suppressedPosted = 0;
    },
    flush,
  };
}

/** Cuts a line's parts so that together they hold at most MAX_LINE_CHARS characters. */
function clip(parts: string[]): string[] {
  let budget = MAX_LINE_CHARS;
  const kept: string[] = [];
  for (const part of parts) {
    if (part.length <= budget) {
      kept.push(part);
      budget -= part.length;
      continue;
    }
    const cut = part.length - budget;
    kept.push(`${part.slice(0, budget)}${displayMessages.lineClipped(cut)}`);
    break;
  }
  return kept;
}
