/**
 * The learner tools a code cell sees as globals besides `tf` and `show`: `data`, `models`,
 * `seed`, `time`, `compare` and `sleep`. The kernel worker and the grader's worker both build
 * them with {@link createLearnerTools}, so exercises are graded with exactly what lessons use.
 */
import { createDataApi, type DataApi } from '../data/data-api.ts';
import { createModelsApi, type ModelsApi, type ModelsHost } from '../models/models-api.ts';
import { createCompare, type CompareResult } from './compare.ts';
import { createLoadApi, type LoadApi } from './load/load-api.ts';
import { createLogApi, type LogApi } from './log/log-api.ts';
import { openBrowserServiceEndpoint } from '../service/browser-service-endpoint.ts';
import { createServiceApi, type ServiceApi, type ServiceHost } from '../service/service-api.ts';
import type { SiteFiles } from './fetch-bytes.ts';
import { createMemoryLogBackend } from '../log/log-store.ts';
import { createSeeder } from './seed.ts';
import { sleep } from './sleep.ts';
import type { Tf } from './tf-type.ts';
import { createTime, type TimeOptions, type TimeResult } from './time.ts';
import { createTestApi, type TestApi, type TestFunction, type TestVerdict } from '../testing/test-api.ts';
import type { Expect } from '../testing/expect.ts';
import { testMessages } from '../testing/expect-messages.ts';

/** The learner tools, ready to be put into a cell's scope. */
export interface LearnerTools {
  /** `data.load(name, options)`: shipped and synthetic data sets, split into train and test tensors. */
  data: DataApi;
  /** `models.load(name)`: shipped pretrained models; `models.save`, `models.load('indexeddb://…')`, `models.sizeOf`: the learner's own. */
  models: ModelsApi;
  /** `seed(n)`: seeds `Math.random` (and so tfjs initialisers and shuffles) for the rest of the kernel's life. */
  seed: (n: number) => void;
  /** `time(fn, { warmup, runs })`: milliseconds per call, after warm-up. */
  time: (fn: () => unknown, options?: TimeOptions) => Promise<TimeResult>;
  /** `compare(a, b)`: largest absolute and relative error between two tensors or arrays, and where. */
  compare: (a: unknown, b: unknown) => CompareResult;
  /** `sleep(ms)`: waits, yielding to the worker's message loop. */
  sleep: (ms: number) => Promise<void>;
  /** `load.open` / `load.closed`: load tests of any async `send` function (e.g. a model service's requests). */
  load: LoadApi;
  /**
   * `log.record(run)`, `log.compare(options)`: the experiment log. Here it lives in memory, one per
   * call of createLearnerTools (a Check starts from an empty log); the kernel replaces it with the
   * lesson's log, kept in IndexedDB and drawn in the Output (src/runtime/tools/log/).
   */
  log: LogApi;
  /** `service.start(model, options)`: serves a model from its own worker behind JSON requests (see src/runtime/service/). */
  service: ServiceApi;
  /** `test(name, fn, { timeout })`: runs a test now (after the ones before it) and shows its verdict; resolves to it. */
  test: TestFunction;
  /** `expect.shape`, `expect.allClose`, …: the grader's own checks, with its messages (src/runtime/testing/expect.ts). */
  expect: Expect;
}

/**
 * Where `test(...)` verdicts go: without a host they are logged. The kernel passes its own
 * `tests` (verdicts into the cell's Output), so that it can wait for them before a cell is done.
 */
export interface TestsHost {
  reportTest?: (verdict: TestVerdict) => void;
  tests?: TestApi;
}

/**
 * Creates the learner tools over a tfjs instance and the site's files. In a worker:
 * `createLearnerTools(tf, { baseUrl: new URL(import.meta.env.BASE_URL, self.location.origin) })`.
 * `seed` replaces the global `Math.random` of the realm it runs in. `host` gives what the thread
 * has beyond files: the kernel passes its Output's download offer and test verdicts (the grader has none); node
 * passes `openService` (worker threads) where the browser's nested Worker is the default.
 */
export function createLearnerTools(tf: Tf, files: SiteFiles, host: ModelsHost & ServiceHost & TestsHost = {}): LearnerTools {
  const seeder = createSeeder();
  const report = host.reportTest ?? ((v: TestVerdict) => console.log(testMessages.verdict(v.name, v.status, v.message)));
  const tests = host.tests ?? createTestApi(tf, { finished: report });
  return {
    data: createDataApi(tf, files),
    models: createModelsApi(tf, files, host),
    seed: (n) => seeder.seed(n),
    time: createTime(tf),
    compare: createCompare(tf),
    sleep,
    log: createLogApi({ logBackend: createMemoryLogBackend() }),
    load: createLoadApi(),
    service: createServiceApi(tf, host.openService ?? openBrowserServiceEndpoint),
    test: tests.test,
    expect: tests.expect,
  };
}
