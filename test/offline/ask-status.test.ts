import { describe, expect, it, vi } from 'vitest';
import { askStatus, whenIsolationKnown } from '../../src/offline/ask-status';
import type { PageToWorker, WorkerStatus } from '../../src/offline/protocol';
import { runtimeMessages } from '../../src/runtime/messages';

/** A controlling worker that answers `status` on the port it is given, or stays silent. */
function fakeWorker(answer: WorkerStatus | undefined) {
  const received: PageToWorker[] = [];
  const worker = {
    postMessage(message: PageToWorker, transfer: MessagePort[]) {
      received.push(message);
      if (answer) transfer[0]?.postMessage(answer);
    },
  } as unknown as ServiceWorker;
  return { worker, received };
}
const status = (isolation: WorkerStatus['isolation']): WorkerStatus => ({ kind: 'status', bytes: 1024, files: 3, isolation });

describe('asking the service worker', () => {
  it('gets its status over a message channel', async () => {
    const { worker, received } = fakeWorker(status('host'));
    await expect(askStatus(worker)).resolves.toEqual(status('host'));
    expect(received).toEqual([{ kind: 'status' }]);
  });

  it('gives up on a worker that does not answer', async () => {
    await expect(askStatus(fakeWorker(undefined).worker, 20)).resolves.toBeUndefined();
  });

  it('says who isolates the page once the controlling worker knows, and nothing without a controller or an answer', async () => {
    const known = vi.fn();
    whenIsolationKnown(known, { controller: fakeWorker(status('service-worker')).worker } as unknown as ServiceWorkerContainer);
    whenIsolationKnown(known, { controller: fakeWorker(status('none')).worker } as unknown as ServiceWorkerContainer);
    whenIsolationKnown(known, { controller: null } as unknown as ServiceWorkerContainer);
    whenIsolationKnown(known, undefined);
    await vi.waitFor(() => expect(known).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(known.mock.calls).toEqual([['service-worker']]);
  });
});

describe('the kernel bar on a host without isolation headers', () => {
  it('says the service worker isolates the page when it does', () => {
    expect(runtimeMessages.kernelReady('wasm', 1, true, 2, { isolatedBy: 'service-worker' })).toBe(
      "Kernel ready on WASM, threads on (1 of 2 cores; one is left for this page). This host sends no isolation headers: the site's service worker adds them",
    );
    expect(runtimeMessages.kernelReady('wasm', 1, true, 2, { isolatedBy: 'host' })).toBe(
      'Kernel ready on WASM, threads on (1 of 2 cores; one is left for this page)',
    );
  });

  it('says threads come on from the next page when the worker is there to add the headers', () => {
    expect(runtimeMessages.kernelReady('wasm', null, false, 2, { offlineWorker: true })).toBe(
      "Kernel ready on WASM, threads off (the page is not cross-origin isolated). This host sends no isolation headers: the site's service worker adds them from the next page you open",
    );
    expect(runtimeMessages.kernelReady('cpu', null, false, 2, { offlineWorker: true })).toBe('Kernel ready on CPU');
  });
});
