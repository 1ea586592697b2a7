/// <reference lib="webworker" />
/**
 * Browser shell of the grader: a fresh module worker per Check. It runs the exercise's tests
 * with `grade` and opens the learner's realm as a nested worker, so learner code never runs
 * here and cannot reach `postMessage` to the page: the only report the page gets comes from here.
 */
// First: holds messages that arrive while the modules below get ready (some wait for their texts).
import { releaseEarlyMessages } from '../../runtime/early-messages';
import '../realm/worker-frame-shim';
import * as tf from '@tensorflow/tfjs';
import { createDataApi } from '../../runtime/data/data-api';
import { createModelsApi } from '../../runtime/models/models-api';
import { configureWasmPaths } from '../../runtime/kernel/wasm-paths';
import { useGradingBackend } from './grade-backend';
import { grade } from './grade-core';
import { useLocale } from '../../i18n/localized';
import type { GradeCommand, GradeReportEvent } from './grade-protocol';
import type { LearnerEndpoint, LearnerEvent } from '../realm/learner-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const postToPage = scope.postMessage.bind(scope);

function openBrowserRealm(url: string): LearnerEndpoint {
  const worker = new Worker(url, { type: 'module', name: 'runfirst-learner' });
  let exitListener: ((reason: string) => void) | undefined;
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    exitListener?.(event.message || 'the learner worker failed');
  });
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.addEventListener('message', (event: MessageEvent<LearnerEvent>) => listener(event.data)),
    onExit: (listener) => {
      exitListener = listener;
    },
    terminate: () => worker.terminate(),
  };
}

scope.addEventListener('message', async (event: MessageEvent<GradeCommand>) => {
  const command = event.data;
  if (command?.type !== 'grade') return;
  await useLocale(command.locale);
  await useGradingBackend(tf, configureWasmPaths);
  const files = { baseUrl: new URL(import.meta.env.BASE_URL, scope.location.origin) };
  const report = await grade(
    { tf, data: createDataApi(tf, files), models: createModelsApi(tf, files), openRealm: () => openBrowserRealm(command.learnerWorkerUrl) },
    command.request,
  );
  const reply: GradeReportEvent = { type: 'report', nonce: command.nonce, report };
  postToPage(reply);
});
releaseEarlyMessages();
