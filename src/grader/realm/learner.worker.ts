/// <reference lib="webworker" />
/**
 * Browser shell of a learner realm: a module worker holding only the learner's code, tfjs (cpu
 * backend, the same numerics as the node proof) and the learner tools. Started by the grading
 * worker for a Check, or by the page for a scratch Run.
 */
// First: holds messages that arrive while the modules below get ready (some wait for their texts).
import { releaseEarlyMessages } from '../../runtime/early-messages';
import './worker-frame-shim';
import * as tf from '@tensorflow/tfjs';
import { createSeeder } from '../../runtime/tools/seed';
import { formatConsoleArgs } from '../../runtime/kernel/display/format-value';
import { createLearnerGlobals } from './learner-globals';
import { createLearnerHost } from './learner-host';
import type { LearnerEvent, LearnerRequest } from './learner-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// An error thrown later by the learner's code (in a timer, an unawaited promise) is theirs to see
// in their results, not a crash of this realm: keep it from reaching the parent as a worker error.
scope.addEventListener('error', (event) => event.preventDefault());
scope.addEventListener('unhandledrejection', (event) => event.preventDefault());
const post = scope.postMessage.bind(scope);
const queue: LearnerRequest[] = [];
// Requests that arrive while tfjs starts wait in the queue.
const host: { handle?: (request: LearnerRequest) => Promise<void> } = {};
scope.addEventListener('message', (event: MessageEvent<LearnerRequest>) => {
  if (host.handle) void host.handle(event.data);
  else queue.push(event.data);
});
releaseEarlyMessages();

await tf.setBackend('cpu');
await tf.ready();
const seeder = createSeeder(Math);
const files = { baseUrl: new URL(import.meta.env.BASE_URL, scope.location.origin) };
const handle = createLearnerHost({
  tf,
  globals: (console) => createLearnerGlobals(tf, files, console),
  post: (event: LearnerEvent) => post(event),
  seed: (n) => seeder.seed(n),
  format: (args) => formatConsoleArgs(args).join(' '),
});
host.handle = handle;
post({ type: 'ready' } satisfies LearnerEvent);
for (const request of queue.splice(0)) void handle(request);
