/// <reference lib="webworker" />
/**
 * Browser shell of a model service: a module worker, nested in the kernel worker that started
 * it (so Stop and Restart, which terminate the kernel worker, end it too). tfjs on the cpu
 * backend, like the grader's learner realm: the same numbers as the node lesson test. It only
 * predicts, so it needs no frame shim (tfjs asks for a frame only in model.fit).
 */
// First: holds messages that arrive while the modules below get ready (some wait for their texts).
import { releaseEarlyMessages } from '../early-messages';
import * as tf from '@tensorflow/tfjs';
import { createServiceHost } from './service-host';
import type { ServiceCommand, ServiceEvent } from './service-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const queue: ServiceCommand[] = [];
const host: { handle?: (command: ServiceCommand) => void } = {};
// Commands that arrive while tfjs starts wait in the queue.
scope.addEventListener('message', (event: MessageEvent<ServiceCommand>) => {
  if (host.handle) host.handle(event.data);
  else queue.push(event.data);
});
releaseEarlyMessages();

await tf.setBackend('cpu');
await tf.ready();
const handle = createServiceHost(tf, (event: ServiceEvent) => scope.postMessage(event));
host.handle = handle;
for (const command of queue.splice(0)) handle(command);
