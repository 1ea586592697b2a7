// @vitest-environment happy-dom
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { startOffline, type OfflineElements } from '../../src/offline/offline-status';
import type { PageToWorker, WorkerStatus } from '../../src/offline/protocol';

// happy-dom's MessageChannel delivers nothing; the page code uses the platform's, as Node's does.
vi.stubGlobal('MessageChannel', MessageChannel);

/** A service worker that changes state on demand and answers `status`. */
class FakeWorker extends EventTarget {
  received: PageToWorker[] = [];
  constructor(public state: ServiceWorkerState) {
    super();
  }
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
  postMessage(message: PageToWorker, transfer: MessagePort[] = []) {
    this.received.push(message);
    const answer: WorkerStatus = { kind: 'status', bytes: 27 * 1024 * 1024, files: 189, isolation: 'host' };
    if (message.kind === 'status') transfer[0]?.postMessage(answer);
  }
}

function page() {
  document.body.innerHTML = `<p role="status" data-offline-status></p>
    <div role="region" aria-label="Update" data-offline-update hidden><p>A new version…</p><button type="button">Reload to update</button></div>`;
  const elements: OfflineElements = {
    status: document.querySelector<HTMLElement>('[data-offline-status]')!,
    banner: document.querySelector<HTMLElement>('[data-offline-update]')!,
    reload: document.querySelector<HTMLButtonElement>('[data-offline-update] button')!,
  };
  return elements;
}

function container(registration: Partial<ServiceWorkerRegistration>, controller: object | null) {
  const events = new EventTarget();
  const registered = Object.assign(new EventTarget(), registration) as unknown as ServiceWorkerRegistration;
  const register = vi.fn(() => Promise.resolve(registered));
  return {
    registered,
    register,
    controller,
    addEventListener: events.addEventListener.bind(events),
    fire: (type: string) => events.dispatchEvent(new Event(type)),
  };
}

describe('the offline status on a first visit', () => {
  it('says it is saving, then "Available offline" with the size once the worker is active', async () => {
    const elements = page();
    const worker = new FakeWorker('installing');
    const registration = { installing: worker, waiting: null, active: null } as unknown as ServiceWorkerRegistration;
    const c = container(registration, null);
    const started = startOffline('/our-course/', elements, c as unknown as ServiceWorkerContainer);
    await vi.waitFor(() => expect(elements.status.textContent).toBe('Saving the course for offline use…'));
    expect(c.register).toHaveBeenCalledWith('/our-course/sw.js', { scope: '/our-course/' });
    Object.assign(c.registered, { installing: null, active: worker });
    worker.become('activated');
    await started;
    expect(elements.status.textContent).toBe('Available offline (27.0 MB, 189 files)');
    expect(elements.banner.hidden).toBe(true);
  });

  it('says the copy could not be saved, and that the site works online, when the install fails', async () => {
    const elements = page();
    const worker = new FakeWorker('installing');
    const c = container({ installing: worker, waiting: null, active: null } as unknown as ServiceWorkerRegistration, null);
    const started = startOffline('/', elements, c as unknown as ServiceWorkerContainer);
    await vi.waitFor(() => expect(elements.status.textContent).toBe('Saving the course for offline use…'));
    worker.become('redundant');
    await started;
    expect(elements.status.textContent).toBe(
      'The offline copy could not be saved (a file of the course could not be downloaded); the site works online as before and tries again on your next visit.',
    );
  });

  it('says so where the browser has no service workers', async () => {
    const elements = page();
    await startOffline('/', elements, undefined);
    expect(elements.status.textContent).toBe('This browser cannot keep an offline copy (service workers are off); the site works online.');
  });
});

describe('an update', () => {
  it('waits for the learner: the banner shows, and only its button activates the new worker and reloads', async () => {
    const elements = page();
    const active = new FakeWorker('activated');
    const waiting = new FakeWorker('installed');
    const c = container({ installing: null, waiting, active } as unknown as ServiceWorkerRegistration, active);
    const reload = vi.fn();
    await startOffline('/', elements, c as unknown as ServiceWorkerContainer, { reload } as unknown as Location);
    expect(elements.banner.hidden).toBe(false);
    expect(waiting.received).toEqual([]);
    expect(reload).not.toHaveBeenCalled();
    elements.reload.click();
    expect(waiting.received).toEqual([{ kind: 'activate-update' }]);
    expect(elements.reload.disabled).toBe(true);
    expect(reload).not.toHaveBeenCalled();
    c.fire('controllerchange');
    expect(reload).toHaveBeenCalledOnce();
  });
});
