/**
 * Opens learner realms as node worker threads, and the grading environment for node: the
 * test suite grades exercises with the same `grade` as the browser's grading worker.
 * Node-only; never bundled for the site.
 */
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as tf from '@tensorflow/tfjs';
import { createDataApi } from '../../runtime/data/data-api';
import { createModelsApi } from '../../runtime/models/models-api';
import { PUBLIC_DIR, publicFolderFiles } from '../../runtime/tools/node-fetch-bytes';
import { NODE_REALM_BUNDLE_ENV } from './node-realm-bundle';
import type { LearnerEndpoint, LearnerEvent, LearnerRequest } from './learner-protocol';
import type { GradeEnvironment } from '../worker/grade-core';

/**
 * The realm's code: the bundle the test suite builds once (node-realm-bundle.ts) when there is
 * one, else the TypeScript shell loaded through tsx.
 */
function workerUrl(): URL {
  const bundle = process.env[NODE_REALM_BUNDLE_ENV];
  return bundle ? pathToFileURL(bundle) : new URL('./node-learner-bootstrap.mjs', import.meta.url);
}

/** A fresh learner realm in a worker thread; requests wait until its tfjs is ready. */
export function openNodeRealm(): LearnerEndpoint {
  const worker = new Worker(workerUrl(), { stdout: true, workerData: { publicDir: PUBLIC_DIR } });
  const queue: LearnerRequest[] = [];
  let ready = false;
  let exitListener: ((reason: string) => void) | undefined;
  let exited = false;
  const exit = (reason: string) => {
    if (exited) return;
    exited = true;
    exitListener?.(reason);
  };
  worker.on('error', (error) => exit(error.message));
  worker.on('exit', (code) => exit(`exited with code ${code}`));
  return {
    post(message) {
      if (ready) worker.postMessage(message);
      else queue.push(message);
    },
    onMessage(listener) {
      worker.on('message', (message: LearnerEvent) => {
        if (message.type === 'ready') {
          ready = true;
          for (const queued of queue.splice(0)) worker.postMessage(queued);
        }
        listener(message);
      });
    },
    onExit(listener) {
      exitListener = listener;
    },
    terminate() {
      exited = true;
      void worker.terminate();
    },
  };
}

/** The grading environment in node: tfjs on the cpu backend, data and models from public/, realms as worker threads. */
export async function nodeGradeEnvironment(): Promise<GradeEnvironment> {
  await tf.setBackend('cpu');
  const files = publicFolderFiles();
  return { tf, data: createDataApi(tf, files), models: createModelsApi(tf, files), openRealm: openNodeRealm };
}
