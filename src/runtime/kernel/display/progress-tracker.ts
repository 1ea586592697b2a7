/**
 * One progress bar on the worker side: counts steps, estimates the time left from the rate so
 * far, and posts create/update/done through the output queue (updates coalesced by the queue).
 */
import type { OutputQueue } from './output-queue';

/** The handle `show.progress` returns to learner code. */
export interface ProgressHandle {
  /** Count `n` more steps done (default 1). */
  tick(n?: number): void;
  /** Set the number of steps done. */
  set(done: number): void;
  /** Finish the bar (at 100 %). Further calls do nothing. */
  done(): void;
}

/** What the fit display also needs: changing the total and the label while running. */
export interface ProgressTracker extends ProgressHandle {
  setTotal(total: number): void;
  setLabel(label: string): void;
}

/** Options of one tracker. */
export interface ProgressOptions {
  id: string;
  label: string;
  total: number;
  now: () => number;
  /** Show the bar only once this many ms have passed (so quick jobs leave no bar). Default 0. */
  showAfterMs?: number;
}

/** Time left from the mean rate so far; null until a step is done. */
export function estimateRemainingMs(done: number, total: number, elapsedMs: number): number | null {
  if (done <= 0 || elapsedMs <= 0) return null;
  return Math.max(0, ((total - done) * elapsedMs) / done);
}

/** Creates a tracker that posts through `queue`. */
export function createProgressTracker(queue: OutputQueue, options: ProgressOptions): ProgressTracker {
  const { id, now } = options;
  const started = now();
  const showAfter = options.showAfterMs ?? 0;
  let total = options.total;
  let label = options.label;
  let labelChanged = false;
  let count = 0;
  let shown = false;
  let finished = false;

  const reveal = () => {
    if (shown) return true;
    if (now() - started < showAfter) return false;
    shown = true;
    queue.send({ kind: 'progress-create', id, label, total });
    return true;
  };
  const update = () => {
    if (finished || !reveal()) return;
    const etaMs = estimateRemainingMs(count, total, now() - started);
    queue.progress({ kind: 'progress-update', id, done: count, total, etaMs, ...(labelChanged ? { label } : {}) });
  };

  if (showAfter <= 0) reveal();
  return {
    tick(n = 1) {
      count = Math.min(total, count + (Number.isFinite(n) ? n : 0));
      update();
    },
    set(done) {
      count = Math.max(0, Math.min(total, Number.isFinite(done) ? done : 0));
      update();
    },
    done() {
      if (finished) return;
      if (shown) {
        count = total;
        update();
        queue.send({ kind: 'progress-done', id, elapsedMs: now() - started });
      }
      finished = true;
    },
    setTotal(next) {
      total = Math.max(1, next);
      count = Math.min(count, total);
      update();
    },
    setLabel(next) {
      label = next;
      labelChanged = true;
      update();
    },
  };
}
