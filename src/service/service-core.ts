/**
 * A model service without its transport: `handle(body)` validates a request, queues it for the
 * batcher, runs `predict` and answers with a response that always carries the status and the
 * version. It never throws and never rejects: a bad request is a 400, a failing model a 500,
 * a stopped service or a full queue a 503. The in-browser service (a worker) and the node HTTP
 * server (`npm run serve:model`) wrap this same core, so both answer alike.
 *
 * ```ts
 * const core = createServiceCore(parseServiceOptions({ version: 'digits-1', input: { shape: [64] } }), predict);
 * const response = await core.handle({ instances: [[...64 numbers]] }); // { status: 200, version: 'digits-1', predictions: [...] }
 * core.stop(); // waiting and later requests: 503
 * ```
 */
import { createBatcher } from './batcher.ts';
import type { PredictFn, ServiceOptions, ServiceResponse } from './request-format.ts';
import { badRequest, okResponse, serverError, unavailable, UNAVAILABLE } from './responses.ts';
import { validateRequest } from './validate-request.ts';
import { requestMessages } from './service-messages.ts';

/** What a service has done so far (for `svc.stats()` and the server's log). */
export interface ServiceStats {
  /** Requests answered, by status. */
  answered: { 200: number; 400: number; 500: number; 503: number };
  /** Predict calls (batches) run. */
  batches: number;
  /** Instances per predict call, on average (0 before the first). */
  meanBatchSize: number;
  /** The largest batch, in instances. */
  largestBatch: number;
  /** Requests waiting for a batch now. */
  queueLength: number;
}

/** A service core: answers request bodies, reports its stats, and stops. */
export interface ServiceCore {
  /** The options it runs with (defaults filled). */
  readonly options: ServiceOptions;
  /** Answers one request body (an object, or its JSON text). Never rejects. */
  handle(body: unknown): Promise<ServiceResponse>;
  stats(): ServiceStats;
  /** From now on every waiting and new request is answered 503 'the service is stopped'. */
  stop(): void;
  /** True after {@link ServiceCore.stop}. */
  readonly stopped: boolean;
}

/** Rejection reason of requests still queued when the service stops. */
class StoppedError extends Error {
  override readonly name = 'StoppedError';
  constructor() {
    super(UNAVAILABLE.stopped);
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Joins the rows of every request into one predict call and hands each request its own rows back. */
function batchedPredict(predict: PredictFn) {
  return async (requests: number[][][]): Promise<number[][][]> => {
    const rows = requests.flat();
    const outputs = await predict(rows);
    if (!Array.isArray(outputs) || outputs.length !== rows.length)
      throw new Error(requestMessages.wrongRowCount(Array.isArray(outputs) ? outputs.length : undefined, rows.length));
    let start = 0;
    return requests.map((request) => outputs.slice(start, (start += request.length)));
  };
}

/** Creates a service core over `predict` with (parsed) `options`. */
export function createServiceCore(options: ServiceOptions, predict: PredictFn): ServiceCore {
  const { version, batching } = options;
  const batcher = createBatcher<number[][], number[][]>({
    // Without batching each request is its own batch: one predict call per request.
    maxBatchSize: batching ? batching.maxBatchSize : 1,
    maxQueueWaitMs: batching ? batching.maxQueueWaitMs : 0,
    sizeOf: (rows) => (batching ? rows.length : 1),
    run: batchedPredict(predict),
  });
  const answered = { 200: 0, 400: 0, 500: 0, 503: 0 };
  let stopped = false;
  const answer = (response: ServiceResponse): ServiceResponse => {
    answered[response.status] += 1;
    return response;
  };

  return {
    options,
    get stopped() {
      return stopped;
    },
    async handle(body) {
      if (stopped) return answer(unavailable(version, UNAVAILABLE.stopped));
      const validation = validateRequest(body, options.input, options.maxInstances);
      if (!validation.ok) return answer(badRequest(version, validation.error));
      if (batcher.queueLength >= options.maxQueueLength) return answer(unavailable(version, UNAVAILABLE.queueFull(options.maxQueueLength)));
      try {
        return answer(okResponse(version, await batcher.submit(validation.instances)));
      } catch (error) {
        if (error instanceof StoppedError) return answer(unavailable(version, UNAVAILABLE.stopped));
        return answer(serverError(version, reasonOf(error)));
      }
    },
    stats() {
      const { batches, meanBatchSize, largestBatch, queueLength } = batcher.stats();
      return { answered: { ...answered }, batches, meanBatchSize, largestBatch, queueLength };
    },
    stop() {
      stopped = true;
      batcher.close(new StoppedError());
    },
  };
}
