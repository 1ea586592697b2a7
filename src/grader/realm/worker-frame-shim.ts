/// <reference lib="webworker" />
/**
 * Imported first by the grading and learner workers, before tfjs: tfjs picks its frame-yielding
 * function (used by model.fit) when it loads, and in a nested worker Chromium's
 * requestAnimationFrame exists but throws NotSupportedError. There, a timer takes its place.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

function frameWorks(): boolean {
  try {
    const id = scope.requestAnimationFrame(() => {});
    scope.cancelAnimationFrame(id);
    return true;
  } catch {
    return false;
  }
}

if (typeof scope.requestAnimationFrame !== 'function' || !frameWorks()) {
  scope.requestAnimationFrame = (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 0) as unknown as number;
  scope.cancelAnimationFrame = (id: number) => clearTimeout(id);
}

export {};
