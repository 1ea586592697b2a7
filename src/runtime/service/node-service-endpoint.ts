/**
 * Opens a service worker as a node worker thread, for the lesson tests and the grader's node
 * realm: the same service host as the browser's, behind the same endpoint. The thread is
 * unref'd, so a service a test forgot to stop does not keep node running. Node-only; never
 * bundled for the site.
 */
import { Worker } from 'node:worker_threads';
import type { OpenServiceEndpoint, ServiceEvent } from './service-protocol.ts';
import { serviceMessages } from './service-messages.ts';

const bootstrap = new URL('./node-service-bootstrap.mjs', import.meta.url);

/** A fresh service worker thread. */
export const openNodeServiceEndpoint: OpenServiceEndpoint = () => {
  // Piped, not printed: keeps tfjs's "install tfjs-node" notice out of the test output.
  const worker = new Worker(bootstrap, { stdout: true, stderr: true });
  worker.unref();
  let exitListener: ((reason: string) => void) | undefined;
  let ended = false;
  const exit = (reason: string) => {
    if (ended) return;
    ended = true;
    exitListener?.(reason);
  };
  worker.on('error', (error) => exit(error.message));
  worker.on('exit', (code) => exit(serviceMessages.workerExited(code)));
  return {
    post: (command) => worker.postMessage(command),
    onMessage: (listener) => worker.on('message', (event: ServiceEvent) => listener(event)),
    onExit: (listener) => {
      exitListener = listener;
    },
    terminate: () => {
      ended = true;
      void worker.terminate();
    },
  };
};
