/**
 * Node shell of a model service (a worker_threads worker): tfjs on the cpu backend and the same
 * service host as the browser's service.worker.ts. Node-only; never bundled for the site.
 */
import { parentPort } from 'node:worker_threads';
import * as tf from '@tensorflow/tfjs';
import { createServiceHost } from './service-host.ts';
import type { ServiceCommand } from './service-protocol.ts';

const port = parentPort;
if (!port) throw new Error('node-service-worker must run in a worker thread');
const queue: ServiceCommand[] = [];
const host: { handle?: (command: ServiceCommand) => void } = {};
port.on('message', (command: ServiceCommand) => {
  if (host.handle) host.handle(command);
  else queue.push(command);
});
await tf.setBackend('cpu');
const handle = createServiceHost(tf, (event) => port.postMessage(event));
host.handle = handle;
for (const command of queue.splice(0)) handle(command);
