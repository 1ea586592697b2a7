/**
 * Grading one submission: the same code in the browser's grading worker and in node (the
 * test suite's proof of every exercise); only how a learner realm is opened differs. The
 * learner's code runs in that separate realm; the tests, `expect` and every verdict run here,
 * where learner code cannot reach.
 */
import type { Tf } from '../../runtime/tools/tf-type';
import type { DataApi } from '../../runtime/data/data-api';
import type { ModelsApi } from '../../runtime/models/models-api';
import { createExpect } from '../../runtime/testing/expect';
import { ExpectFailure } from '../../runtime/testing/expect-failure';
import { withTimeLimit } from '../../runtime/testing/time-limit';
import { createMl } from '../api/ml';
import { createSourceChecks } from '../api/source-checks';
import { GradeFailure } from '../api/grade-failure';
import { createTestRegistry } from '../api/harness';
import { createLearnerClient, type CallOutcome, type LearnerClient } from '../realm/learner-client';
import type { LearnerEndpoint, LearnerError } from '../realm/learner-protocol';
import { gradeLabels, gradeMessages, ownTestMessages, testErrorMessages } from '../messages';
import { runOwnTests, type OwnTestsRun } from '../realm/own-tests';
import { createSeeder } from '../../runtime/tools/seed';

/** What to grade. */
export interface GradeRequest {
  /** The learner's code. */
  code: string;
  /** The exercise's tests.js. */
  tests: string;
  /** Seconds each test (and loading the code) may take, unless a test sets its own timeout. */
  timeLimitSeconds: number;
  /** Seed set before loading the code and before each call. Default: 1234. */
  seed?: number;
}

/** The verdict of one test. */
export interface TestResult {
  name: string;
  status: 'passed' | 'failed' | 'timed-out';
  /** Empty when passed; otherwise the teaching message. */
  message: string;
  ms: number;
}

/** The verdict of one Check. */
export interface GradeReport {
  passed: number;
  total: number;
  /** "N of M tests passed". */
  summary: string;
  tests: TestResult[];
  /** Set when the tests themselves could not run (a broken exercise). */
  problem?: string;
  /** The first error the learner's code threw (loading it, or in a call), for the editor's line marker. */
  learnerError?: LearnerError;
  ms: number;
}

/** Where grading runs: the grader's tfjs, its data sets and models, and how to open a fresh learner realm. */
export interface GradeEnvironment {
  tf: Tf;
  data: DataApi;
  models: ModelsApi;
  openRealm: () => LearnerEndpoint;
}

/** How long a fresh learner realm may take to start (load tfjs); not counted in any test's time. */
const REALM_START_LIMIT_MS = 60_000;
/** How long each of the learner's own tests may run, unless the exercise's tests.js says otherwise. */
const OWN_TEST_LIMIT_MS = 2_000;

/** A hidden implementation as tests.js gives it: source text, or self-contained functions (their source is used). */
export type ImplementationSource = string | ((...args: never[]) => unknown) | readonly ((...args: never[]) => unknown)[];

const sourceOf = (implementation: ImplementationSource): string =>
  typeof implementation === 'string'
    ? implementation
    : (Array.isArray(implementation) ? implementation : [implementation]).map((fn) => String(fn)).join('\n');

type AsyncFunctionConstructor = new (...args: string[]) => (...args: unknown[]) => Promise<unknown>;
const AsyncFunction = (Object.getPrototypeOf(async () => {}) as { constructor: AsyncFunctionConstructor }).constructor;

const finish = (tests: TestResult[], started: number, problem?: string, learnerError?: LearnerError): GradeReport => {
  const passed = tests.filter((t) => t.status === 'passed').length;
  const report: GradeReport = {
    passed,
    total: tests.length,
    summary: gradeMessages.summary(passed, tests.length),
    tests,
    ms: performance.now() - started,
  };
  if (problem !== undefined) report.problem = problem;
  if (learnerError !== undefined) report.learnerError = learnerError;
  return report;
};

/** Grades `request.code` against `request.tests`. Never throws. */
export async function grade(env: GradeEnvironment, request: GradeRequest): Promise<GradeReport> {
  const started = performance.now();
  const { tf } = env;
  const seed = request.seed ?? 1234;
  const limitMs = request.timeLimitSeconds * 1000;
  const registry = createTestRegistry();
  let client: LearnerClient | undefined;
  let loadProblem: string | undefined;
  /** Set by `learner.codeIsTests()`: the learner's code is tests, loaded only beside an implementation. */
  let codeIsTests = false;
  let learnerError: LearnerError | undefined;

  const failure = (name: string, outcome: CallOutcome): unknown => {
    switch (outcome.kind) {
      case 'value':
        return outcome.value;
      case 'missing':
        throw new GradeFailure(gradeMessages.missingName(name));
      case 'not-function':
        throw new GradeFailure(gradeMessages.notAFunction(name, outcome.got));
      case 'threw':
        if (!outcome.unsupported) learnerError ??= outcome.error;
        throw new GradeFailure(
          outcome.unsupported
            ? gradeMessages.unsupportedValue(gradeLabels.whatItReturned(name))
            : gradeMessages.threw(gradeLabels.yourFunction(name), outcome.error),
        );
      case 'exited':
        throw new GradeFailure(gradeMessages.learnerStopped());
    }
  };
  const current = () => {
    if (codeIsTests) throw new Error(gradeLabels.codeIsTests());
    if (!client || loadProblem !== undefined) throw new GradeFailure(loadProblem ?? gradeMessages.learnerStopped());
    return client;
  };
  /** The realms of the learner's own tests, ended when grading ends (a test of tests.js may time out first). */
  const ownRealms: LearnerEndpoint[] = [];
  const openOwnRealm = () => {
    const realm = env.openRealm();
    ownRealms.push(realm);
    return realm;
  };
  /** The learner's own tests against `implementation`, in a fresh realm of their own. */
  const ownTests = async (implementation: ImplementationSource, options: { timeout?: number } = {}): Promise<OwnTestsRun> => {
    const run = await runOwnTests(openOwnRealm, {
      code: request.code,
      implementation: sourceOf(implementation),
      seed,
      testTimeoutMs: options.timeout ?? OWN_TEST_LIMIT_MS,
      codeTimeoutMs: limitMs,
      startTimeoutMs: REALM_START_LIMIT_MS,
    });
    if (run.implementationError !== undefined) throw new GradeFailure(ownTestMessages.implementationBroken(run.implementationError));
    if (run.problem !== undefined) throw new GradeFailure(run.problem);
    if (run.tests.length === 0) throw new GradeFailure(ownTestMessages.noTests());
    return Object.freeze(run);
  };

  const learner = Object.freeze({
    /** Calls the learner's top-level function `name` with `args` (tensors, numbers, arrays, objects, functions). */
    call: async (name: string, ...args: unknown[]) => failure(name, await current().call(name, args, { seed, measureLeaks: false })),
    /** Reads the learner's top-level value `name`. */
    get: async (name: string) => failure(name, await current().get(name)),
    /** Calls `name` with `args` and fails if the call leaves tensors behind; returns the result. */
    noLeakedTensors: async (name: string, ...args: unknown[]) => {
      const outcome = await current().call(name, args, { seed, measureLeaks: true });
      const value = failure(name, outcome);
      if (outcome.kind === 'value' && (outcome.leaked ?? 0) > 0)
        throw new GradeFailure(gradeMessages.leakedTensors(name, outcome.leaked ?? 0));
      return value;
    },
    /**
     * Calls `name` with `args` and records every optimizer update it makes (training-watch.ts):
     * `{ value, steps, totalSteps }`, each step the variables it updated as they were before it.
     */
    watchTraining: async (name: string, ...args: unknown[]) => {
      const outcome = await current().call(name, args, { seed, measureLeaks: false, watchTraining: true });
      const value = failure(name, outcome);
      const training = outcome.kind === 'value' ? outcome.training : undefined;
      return Object.freeze({ value, steps: training?.steps ?? [], totalSteps: training?.total ?? 0 });
    },
    /**
     * Runs the learner's code — their own `test(…)`s — against `implementation` in a fresh realm and
     * returns `{ tests: [{ name, status, message, assertions }] }`; fails if their code threw
     * outside a test, never finished, or defines no test.
     */
    runOwnTests: ownTests,
    /**
     * Declares, at the top of tests.js, that the learner's code is tests: it is then not loaded on
     * its own before the tests (only beside each implementation given to runOwnTests).
     */
    codeIsTests: () => {
      codeIsTests = true;
    },
    /** Fails unless the learner's tests all pass on `implementation` (a correct one), each calling expect.* at least once. */
    ownTestsPass: async (implementation: ImplementationSource, options: { timeout?: number } = {}) => {
      const run = await ownTests(implementation, options);
      const failing = run.tests.find((test) => test.status !== 'passed');
      if (failing) throw new GradeFailure(ownTestMessages.failsOnCorrect(failing.name, failing.message));
      const idle = run.tests.find((test) => test.assertions === 0);
      if (idle) throw new GradeFailure(ownTestMessages.checksNothing(idle.name));
      return run;
    },
    /** Fails unless at least one of the learner's tests fails on `implementation`, the planted bug named `bug`. */
    ownTestsCatch: async (bug: string, implementation: ImplementationSource, options: { timeout?: number } = {}) => {
      const run = await ownTests(implementation, options);
      if (run.tests.every((test) => test.status === 'passed')) throw new GradeFailure(ownTestMessages.bugNotCaught(bug, run.tests.length));
      return run;
    },
  });

  try {
    const define = new AsyncFunction('test', 'expect', 'learner', 'tf', 'data', 'models', 'ml', 'source', request.tests);
    const isTensorMethod = (name: string) => typeof (tf.Tensor.prototype as unknown as Record<string, unknown>)[name] === 'function';
    const source = Object.freeze(createSourceChecks(request.code, isTensorMethod));
    await define(registry.test, Object.freeze(createExpect(tf)), learner, tf, env.data, env.models, Object.freeze(createMl(tf)), source);
  } catch (error) {
    return finish([], started, testErrorMessages.badTestFile(error instanceof Error ? error.message : String(error)));
  }

  const openAndLoad = async () => {
    if (codeIsTests) return;
    client?.terminate();
    client = createLearnerClient(tf, env.openRealm());
    const loading = client;
    const started = await withTimeLimit(() => loading.ready(), REALM_START_LIMIT_MS);
    if (started.kind !== 'done' || !started.value) {
      loadProblem =
        started.kind === 'timed-out' ? gradeMessages.realmDidNotStart(REALM_START_LIMIT_MS / 1000) : gradeMessages.learnerStopped();
      return;
    }
    const loaded = await withTimeLimit(() => loading.load(request.code, seed), limitMs);
    if (loaded.kind === 'timed-out') loadProblem = gradeMessages.loadTimedOut(request.timeLimitSeconds);
    else if (loaded.kind === 'threw') loadProblem = gradeMessages.learnerStopped();
    else if (!loaded.value.ok) {
      if ('error' in loaded.value) learnerError ??= loaded.value.error;
      loadProblem =
        'error' in loaded.value ? gradeMessages.threw(gradeLabels.yourCode, loaded.value.error) : gradeMessages.learnerStopped();
    } else loadProblem = undefined;
  };

  const results: TestResult[] = [];
  // The tests draw random numbers too (a model's initial weights, model.fit's shuffles): seeded
  // before each, as the learner's calls are, the same submission always gets the same verdict.
  const testSeeder = createSeeder(Math);
  try {
    await openAndLoad();
    let restart = false;
    for (const test of registry.tests) {
      if (restart) {
        await openAndLoad();
        restart = false;
      }
      const testStarted = performance.now();
      const record = (status: TestResult['status'], message: string) =>
        results.push({ name: test.name, status, message, ms: performance.now() - testStarted });
      if (loadProblem !== undefined) {
        record(loadProblem === gradeMessages.loadTimedOut(request.timeLimitSeconds) ? 'timed-out' : 'failed', loadProblem);
        continue;
      }
      const ms = test.timeoutMs ?? limitMs;
      tf.engine().startScope();
      testSeeder.seed(seed);
      const outcome = await withTimeLimit(test.fn, ms);
      tf.engine().endScope();
      if (outcome.kind === 'done') record('passed', '');
      else if (outcome.kind === 'timed-out') {
        record('timed-out', gradeMessages.testTimedOut(ms / 1000));
        restart = true; // the realm may be stuck in a loop: the next test gets a fresh one
      } else if (outcome.error instanceof ExpectFailure) record('failed', outcome.error.message);
      else {
        const error = outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error));
        record('failed', testErrorMessages.testError(error));
      }
    }
  } finally {
    testSeeder.restore();
    client?.terminate();
    for (const realm of ownRealms) realm.terminate();
  }
  return finish(results, started, undefined, learnerError);
}
