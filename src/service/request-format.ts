/**
 * The model service's wire format: TensorFlow Serving's REST "row" format
 * (`POST /v1/models/<name>:predict` with `{ "instances": [...] }`), answered with a status and
 * the model's version in every response. One source for the in-browser service
 * (src/runtime/service/) and the node HTTP server (`npm run serve:model`), so both answer alike.
 *
 * The pure core of the service, all in this folder (no DOM, no worker or node APIs):
 * - request-format.ts: these types;
 * - service-options.ts: `parseServiceOptions`, the options of `service.start` checked and defaulted;
 * - validate-request.ts: `validateRequest`, a request body checked against an {@link InputSpec};
 * - batcher.ts: `createBatcher`, dynamic batching (max batch size, max queue wait), in request order;
 * - responses.ts: the response builders (`okResponse`, `badRequest`, `serverError`, `unavailable`);
 * - service-core.ts: `createServiceCore`, all of the above around one `predict` function;
 * - model-predict.ts: `createModelPredict`, a `predict` function over a tfjs LayersModel.
 */

/** What one instance must look like. */
export interface InputSpec {
  /** The shape of one instance, e.g. [64] (a flat 8×8 digit) or [8, 8, 1]. */
  shape: number[];
  /** 'float32' (any finite number) or 'int32' (whole numbers only). */
  dtype: 'float32' | 'int32';
  /** Smallest value allowed (inclusive); no lower bound when absent. */
  min?: number;
  /** Largest value allowed (inclusive); no upper bound when absent. */
  max?: number;
}

/** Dynamic batching, as TF Serving's `max_batch_size` and `batch_timeout_micros`. */
export interface BatchingOptions {
  /** Most instances one predict call takes (a single larger request still runs, alone). */
  maxBatchSize: number;
  /** Longest a request waits in the queue for others to join its batch, in ms. */
  maxQueueWaitMs: number;
}

/** The options of a service, after {@link parseServiceOptions} filled the defaults. */
export interface ServiceOptions {
  /** Echoed in every response, e.g. 'digits-1'. */
  version: string;
  /** What one instance must look like. */
  input: InputSpec;
  /** Most instances one request may carry; more is a 400. */
  maxInstances: number;
  /** Dynamic batching, or false for one predict call per request. */
  batching: BatchingOptions | false;
  /** Most requests waiting in the queue; one more is answered 503 at once. Infinity: no limit. */
  maxQueueLength: number;
}

/** A request body: TF Serving's row format. */
export interface PredictRequest {
  /** One entry per instance, each nested arrays of numbers of the spec's shape. */
  instances: unknown[];
}

/** The answer for one instance. */
export interface Prediction {
  /** The class with the highest probability. */
  label: number;
  /** The model's output row (one probability per class for a softmax model). */
  probabilities: number[];
}

/** What a 400 says: where the request went wrong, what was expected there and what came. */
export interface RequestError {
  /** The path of the offending value, e.g. 'instances[0][12]', or '(body)' for the whole body. */
  field: string;
  /** What the service accepts there, e.g. 'a number in [0, 16]'. */
  expected: string;
  /** What it got, shortened, e.g. '17' or 'an array of 63 items'. */
  got: string;
  /** One sentence: `${field}: expected ${expected}, got ${got}`. */
  message: string;
}

/** 200: one prediction per instance, in the order of `instances`. */
export interface OkResponse {
  status: 200;
  version: string;
  predictions: Prediction[];
}

/** 400: the request broke the contract; nothing was run. */
export interface BadRequestResponse {
  status: 400;
  version: string;
  error: RequestError;
}

/** 500 (the model threw) or 503 (the service is stopped or its queue is full). */
export interface FailureResponse {
  status: 500 | 503;
  version: string;
  error: { message: string };
}

/** Every answer of the service. */
export type ServiceResponse = OkResponse | BadRequestResponse | FailureResponse;

/**
 * Runs the model on a batch: `instances` are flat rows (each the instance's values in row-major
 * order, already validated), and the result has one output row per instance, in the same order.
 */
export type PredictFn = (instances: number[][]) => Promise<number[][]>;
