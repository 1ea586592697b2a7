/**
 * The page side of the offline copy: registers the service worker (sw.ts) and keeps the
 * footer's status and the update banner true to what it is doing. Loaded in an idle moment by
 * start.ts, so it costs a lesson page's first load nothing.
 */
import { offlineMessages } from './messages';
import { askStatus } from './ask-status';
import { SERVICE_WORKER_FILE, type PageToWorker } from './protocol';

/** The page elements this module drives (Base.astro renders them). */
export interface OfflineElements {
  /** The footer's role="status" line. */
  status: HTMLElement;
  /** The update banner (a named region, hidden until an update waits). */
  banner: HTMLElement;
  /** Its "Reload to update" button. */
  reload: HTMLButtonElement;
}

/** Resolves once `worker` is activated, or rejects when it becomes redundant first (its install failed). */
function whenActivated(worker: ServiceWorker): Promise<void> {
  if (worker.state === 'activated') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onChange = () => {
      if (worker.state === 'activated') {
        worker.removeEventListener('statechange', onChange);
        resolve();
      } else if (worker.state === 'redundant') {
        worker.removeEventListener('statechange', onChange);
        reject(new Error(offlineMessages.downloadFailed()));
      }
    };
    worker.addEventListener('statechange', onChange);
  });
}

/** Shows the banner for a worker that waits, and lets the learner take the update. */
function offerUpdate(waiting: ServiceWorker, { banner, reload }: OfflineElements, container: ServiceWorkerContainer, location: Location) {
  banner.hidden = false;
  reload.onclick = () => {
    reload.disabled = true;
    container.addEventListener('controllerchange', () => location.reload(), { once: true });
    const message: PageToWorker = { kind: 'activate-update' };
    waiting.postMessage(message);
  };
}

/** Registers the worker under `base` and keeps `elements` up to date. Never throws. */
export async function startOffline(
  base: string,
  elements: OfflineElements,
  container: ServiceWorkerContainer | undefined = navigator.serviceWorker,
  location: Location = window.location,
): Promise<void> {
  const { status } = elements;
  if (!container) {
    status.textContent = offlineMessages.unsupported();
    return;
  }
  const scope = base.endsWith('/') ? base : `${base}/`;
  try {
    const hadController = Boolean(container.controller);
    const registration = await container.register(`${scope}${SERVICE_WORKER_FILE}`, { scope });
    const watchForUpdates = () => {
      const next = registration.installing;
      if (!next || !container.controller) return;
      next.addEventListener('statechange', () => {
        if (next.state === 'installed' && registration.waiting) offerUpdate(registration.waiting, elements, container, location);
      });
    };
    registration.addEventListener('updatefound', watchForUpdates);
    if (registration.waiting && hadController) offerUpdate(registration.waiting, elements, container, location);
    // The worker that serves this page: the active one, else the first one still installing.
    const first = registration.active ?? registration.installing ?? registration.waiting;
    if (!hadController && first && first.state !== 'activated') status.textContent = offlineMessages.saving();
    if (first) await whenActivated(first);
    const active = registration.active;
    const answer = active ? await askStatus(active) : undefined;
    if (answer) status.textContent = offlineMessages.available(answer.bytes, answer.files);
  } catch (error) {
    status.textContent = offlineMessages.failed(error instanceof Error ? error.message : String(error));
  }
}
