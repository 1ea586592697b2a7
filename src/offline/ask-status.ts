/** Asking the site's service worker what it holds and whom it isolates (small: the kernel bar imports it). */
import type { IsolationSource, PageToWorker, WorkerStatus } from './protocol';

/** Asks `worker` for its status; undefined when it does not answer within `ms`. */
export function askStatus(worker: ServiceWorker, ms = 5000): Promise<WorkerStatus | undefined> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(undefined), ms);
    channel.port1.onmessage = (event: MessageEvent<WorkerStatus>) => {
      clearTimeout(timer);
      resolve(event.data);
    };
    const message: PageToWorker = { kind: 'status' };
    worker.postMessage(message, [channel.port2]);
  });
}

/**
 * Who isolates this page, once the service worker controlling it says so: `onKnown` is called
 * at most once, with "host" or "service-worker". Nothing is called on a page no worker controls.
 */
export function whenIsolationKnown(
  onKnown: (source: Exclude<IsolationSource, 'none'>) => void,
  container: ServiceWorkerContainer | undefined = globalThis.navigator?.serviceWorker,
): void {
  const controller = container?.controller;
  if (!controller) return;
  void askStatus(controller, 3000).then((status) => {
    if (status && status.isolation !== 'none') onKnown(status.isolation);
  });
}
