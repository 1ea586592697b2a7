/**
 * Does, before the first Run, the page work that would otherwise land inside it: loading the run
 * session's code and evaluating and warming the chart library (uPlot's module evaluation was the
 * longest main-thread task of a first training run, because it ran while the kernel worker
 * compiled WASM on the same cores). It starts on the first sign that the learner is about to run
 * code — the pointer over a code cell, focus in one, a touch on one — or, failing that, once the
 * page has settled: a few seconds after load, in an idle moment, after the page's own first load
 * (so it never competes with it) and like the offline copy, which fetches these files then anyway.
 * The kernel itself still starts on the first Run only.
 */

/** How long after the page's load event the preparation starts when the learner has not shown intent. */
export const SETTLE_DELAY_MS = 3000;

/** Events on a code cell that mean the learner may press Run soon. */
const INTENT_EVENTS = ['pointerover', 'focusin', 'touchstart'] as const;

/** The part of the page's global scope this uses (injectable for tests). */
export interface PrepareScope {
  document: Pick<Document, 'readyState'>;
  addEventListener(type: 'load', listener: () => void, options: { once: true }): void;
  setTimeout(callback: () => void, ms: number): unknown;
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
}

/**
 * Calls `prepare` once: on the first intent event inside any of `cells`, or `SETTLE_DELAY_MS`
 * after load in an idle moment, whichever comes first.
 */
export function prepareFirstRunAhead(cells: readonly HTMLElement[], prepare: () => void, scope: PrepareScope = window): void {
  let done = false;
  const unbind: (() => void)[] = [];
  const once = () => {
    if (done) return;
    done = true;
    for (const remove of unbind) remove();
    prepare();
  };
  for (const cell of cells) {
    for (const type of INTENT_EVENTS) {
      cell.addEventListener(type, once, { passive: true, once: true });
      unbind.push(() => cell.removeEventListener(type, once));
    }
  }
  const whenIdle = () => (typeof scope.requestIdleCallback === 'function' ? scope.requestIdleCallback(once, { timeout: 2000 }) : once());
  const later = () => scope.setTimeout(whenIdle, SETTLE_DELAY_MS);
  if (scope.document.readyState === 'complete') later();
  else scope.addEventListener('load', later, { once: true });
}
