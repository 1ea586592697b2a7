/**
 * Opens a service worker in a browser thread (the kernel worker: a nested worker). Vite bundles
 * service.worker.ts as its own chunk, under the site's base path, loaded only when a cell
 * starts a service.
 */
import { ServiceError, serviceMessages } from './service-messages.ts';
import type { OpenServiceEndpoint, ServiceEvent } from './service-protocol.ts';

/** A fresh service worker, named 'runfirst-service' (as the browser's task manager shows it). */
export const openBrowserServiceEndpoint: OpenServiceEndpoint = () => {
  if (typeof Worker !== 'function') throw new ServiceError(serviceMessages.noWorker);
  const worker = new Worker(new URL('./service.worker.ts', import.meta.url), { type: 'module', name: 'runfirst-service' });
  let exitListener: ((reason: string) => void) | undefined;
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    exitListener?.(event.message || serviceMessages.workerFailed);
  });
  return {
    post: (command) => worker.postMessage(command),
    onMessage: (listener) => worker.addEventListener('message', (event: MessageEvent<ServiceEvent>) => listener(event.data)),
    onExit: (listener) => {
      exitListener = listener;
    },
    terminate: () => worker.terminate(),
  };
};
