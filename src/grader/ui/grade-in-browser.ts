/**
 * The page's side of grading and of scratch runs. A Check starts a fresh grading worker (which
 * starts a fresh learner realm) and accepts one report: from that worker, carrying the nonce
 * chosen for this Check. A Run starts a fresh learner realm and streams its console output.
 */
import learnerWorkerUrl from '../realm/learner.worker.ts?worker&url';
import type { GradeReport, GradeRequest } from '../worker/grade-core';
import type { GradeCommand, GradeReportEvent } from '../worker/grade-protocol';
import type { LearnerError, LearnerEvent, LearnerRequest } from '../realm/learner-protocol';
import { checkMessages } from './check-messages';
import { currentLocale } from '../../i18n/current-locale';

/** Grading that takes longer than this (per second of the exercise's time limit) is stopped. */
const DEADLINE_PER_LIMIT_SECOND = 12_000;
const DEADLINE_SLACK_MS = 15_000;
/** How long a scratch run's worker may take to start. */
const REALM_START_LIMIT_MS = 60_000;

const failedReport = (message: string, started: number): GradeReport => ({
  passed: 0,
  total: 0,
  summary: checkMessages.summary(0, 0),
  tests: [],
  problem: message,
  ms: performance.now() - started,
});

/** A Check that was stopped through its signal: no verdict, the worker is gone. */
export interface StoppedCheck {
  stopped: true;
  ms: number;
}

/**
 * Grades in a fresh worker; resolves with the report (never rejects). Aborting `signal` ends the
 * worker at once and resolves with a `StoppedCheck` (not a failed or timed-out report).
 */
export function gradeInBrowser(request: GradeRequest, signal?: AbortSignal): Promise<GradeReport | StoppedCheck> {
  const started = performance.now();
  if (signal?.aborted) return Promise.resolve({ stopped: true, ms: 0 });
  const nonce = crypto.randomUUID();
  const worker = new Worker(new URL('../worker/grade.worker.ts', import.meta.url), { type: 'module', name: 'runfirst-grader' });
  const deadlineMs = request.timeLimitSeconds * DEADLINE_PER_LIMIT_SECOND + DEADLINE_SLACK_MS;
  return new Promise<GradeReport | StoppedCheck>((resolve) => {
    let settled = false;
    const finish = (outcome: GradeReport | StoppedCheck) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      resolve(outcome);
    };
    const stop = () => finish({ stopped: true, ms: performance.now() - started });
    const timer = setTimeout(() => finish(failedReport(checkMessages.gradingTimedOut(Math.round(deadlineMs / 1000)), started)), deadlineMs);
    signal?.addEventListener('abort', stop, { once: true });
    worker.addEventListener('message', (event: MessageEvent<GradeReportEvent>) => {
      if (event.data?.type === 'report' && event.data.nonce === nonce) finish(event.data.report);
    });
    worker.addEventListener('error', (event) =>
      finish(failedReport(checkMessages.graderCrashed(event.message || checkMessages.workerError), started)),
    );
    const command: GradeCommand = {
      type: 'grade',
      nonce,
      request,
      learnerWorkerUrl: new URL(learnerWorkerUrl, location.href).href,
      locale: currentLocale(),
    };
    worker.postMessage(command);
  });
}

/** A scratch run in progress. */
export interface ScratchRun {
  /** Resolves when the run ends: with its error if it threw, `stopped` if stopped or timed out. */
  done: Promise<{ error?: LearnerError; stopped?: 'stopped' | 'timed-out'; ms: number }>;
  /** Stops the run at once (terminates its worker). */
  stop(): void;
}

/** Runs `code` once in a fresh learner realm, calling `onConsole` for each console line. */
export function runScratch(
  code: string,
  onConsole: (level: 'log' | 'info' | 'warn' | 'error', text: string) => void,
  timeLimitSeconds: number,
): ScratchRun {
  const started = performance.now();
  const worker = new Worker(learnerWorkerUrl, { type: 'module', name: 'runfirst-scratch' });
  let settle: (result: Awaited<ScratchRun['done']>) => void = () => {};
  const done = new Promise<Awaited<ScratchRun['done']>>((resolve) => (settle = resolve));
  const end = (result: Awaited<ScratchRun['done']>) => {
    clearTimeout(timer);
    worker.terminate();
    settle(result);
  };
  const timeOut = () => end({ stopped: 'timed-out', ms: performance.now() - started });
  // Starting the worker (loading tfjs) is not counted in the run's time limit.
  let timer = setTimeout(timeOut, REALM_START_LIMIT_MS + timeLimitSeconds * 1000);
  worker.addEventListener('message', (event: MessageEvent<LearnerEvent>) => {
    const message = event.data;
    if (message.type === 'ready') {
      clearTimeout(timer);
      timer = setTimeout(timeOut, timeLimitSeconds * 1000);
    } else if (message.type === 'console') onConsole(message.level, message.text);
    else if (message.type === 'run-done') end(message.error ? { error: message.error, ms: message.ms } : { ms: message.ms });
  });
  const request: LearnerRequest = { type: 'run', code, seed: 1234, locale: currentLocale() };
  worker.postMessage(request);
  return { done, stop: () => end({ stopped: 'stopped', ms: performance.now() - started }) };
}
