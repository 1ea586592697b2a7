/**
 * Node shell of a learner realm (a worker_threads worker), used by the test suite to grade
 * every exercise on the same code path as the browser. Node-only; never bundled for the site.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as tf from '@tensorflow/tfjs';
import { publicFolderFiles } from '../../runtime/tools/node-fetch-bytes';
import { createSeeder } from '../../runtime/tools/seed';
import { formatConsoleArgs } from '../../runtime/kernel/display/format-value';
import { createLearnerGlobals } from './learner-globals';
import { createLearnerHost } from './learner-host';
import type { LearnerEvent, LearnerRequest } from './learner-protocol';

const port = parentPort;
if (!port) throw new Error('node-learner-worker must run in a worker thread');
const post = port.postMessage.bind(port);
await tf.setBackend('cpu');
const seeder = createSeeder(Math);
// The opener names public/ (this file may run from a bundle elsewhere, see node-realm-bundle.ts).
const files = publicFolderFiles((workerData as { publicDir?: string } | null)?.publicDir);
const handle = createLearnerHost({
  tf,
  globals: (console) => createLearnerGlobals(tf, files, console),
  post: (event: LearnerEvent) => post(event),
  seed: (n) => seeder.seed(n),
  format: (args) => formatConsoleArgs(args).join(' '),
});
port.on('message', (request: LearnerRequest) => void handle(request));
post({ type: 'ready' });
