/**
 * Type declarations of the learner API (the globals a cell has: tf, show, data, models, seed,
 * time, compare, sleep, load, service, test, expect), for completion and hover in the editor.
 * They mirror the contract in the authoring guide; the implementations live in src/runtime/kernel/display and src/runtime/tools.
 * test/editor/learner-globals.test.ts type-checks them against those real types (every member
 * declared, the real objects satisfy them, declared arguments accepted), so completion cannot lie.
 */
export const LEARNER_GLOBALS_PATH = 'file:///runfirst/learner-globals.d.ts';

export const LEARNER_GLOBALS_DTS = `
import type * as tfjs from '@tensorflow/tfjs';

type TensorOrArray = tfjs.Tensor | number[] | number[][];
type DataSetName = 'digits' | 'mnist' | 'moons' | 'spirals' | 'blobs';

interface DataSet {
  /** Training inputs, float32. */
  xTrain: tfjs.Tensor;
  /** Training labels: int32 class indices, rank 1 ([nTrain]). */
  yTrain: tfjs.Tensor;
  /** Test inputs, float32. */
  xTest: tfjs.Tensor;
  /** Test labels: int32 class indices, rank 1 ([nTest]). */
  yTest: tfjs.Tensor;
  /** How many classes the labels can take. */
  numClasses: number;
  /** A name for each class index. */
  classNames: string[];
  /** The shape of one input, e.g. [64] or [8, 8, 1]. */
  featureShape: number[];
  /** The labels present in this load, e.g. [5, 6, 7, 8, 9] for digits kept to those classes. */
  classes: number[];
}

interface DataLoadOptions {
  /** 'digits' and 'mnist': 'flat' (x [n, side²], default) or 'image' (x [n, side, side, 1]). */
  shape?: 'flat' | 'image';
  /** 'mnist' only: 14 (14 × 14 grey images, default) or 8 (8 × 8, drawn like the UCI digits). */
  resolution?: 14 | 8;
  /** Keep only these classes. */
  classes?: number[] | number;
  /** Synthetic sets: number of points (default 400). */
  n?: number;
  /** Synthetic sets: noise (default 0.1). */
  noise?: number;
  /** Share of samples held out for testing (default 0.2). */
  testFraction?: number;
  /** Seed of the split and the synthetic data (default 42). */
  seed?: number;
  /** Keep at most this many training examples per class (the test set is unchanged), e.g. 20. */
  trainPerClass?: number;
}

interface LineChart {
  /** Adds one point per named series; x defaults to the previous x + 1. */
  push(values: Record<string, number>, x?: number): void;
}

/** The images of one heatmap cell: [n, h, w] (or [n, h, w, 1 or 3]), optionally with a caption each. */
type CellImages = tfjs.Tensor | number[][][] | { images: tfjs.Tensor | number[][][]; captions?: Array<string | number> } | null | undefined;

interface DrawPad {
  /** The pad's id. */
  readonly id: string;
  /** Cells per side. */
  readonly size: number;
  /** A copy of the drawing: size × size values, 0 blank … 1 ink, row by row. */
  pixels(): Float32Array;
  /** Draws through [column, row] points (cells, 0 … size − 1) as the pen would, then calls onChange; resolves to its result. */
  stroke(points: ReadonlyArray<readonly [number, number]>): Promise<unknown>;
  /** Blanks the drawing, then calls onChange. */
  clear(): Promise<unknown>;
}

interface ReliabilityResult {
  /** Expected calibration error: the bins' |accuracy − confidence|, weighted by their share of predictions. */
  ece: number;
  bins: Array<{ from: number; to: number; count: number; confidence: number; accuracy: number }>;
}

interface ProgressBar {
  /** Advances by n steps (default 1). */
  tick(n?: number): void;
  /** Sets the number of steps done. */
  set(done: number): void;
  /** Marks the work finished. */
  done(): void;
}

interface Timing {
  median: number;
  mean: number;
  min: number;
  max: number;
  samples: number[];
}

interface Comparison {
  maxAbsError: number;
  maxRelError: number;
  worstIndex: number[];
  worstA: number;
  worstB: number;
  sameShape: boolean;
}

interface ServiceStartOptions {
  /** Echoed in every response, e.g. 'digits-1' (default '1'). */
  version?: string;
  /** What one instance must be: its shape (e.g. [64]), dtype ('float32' default, or 'int32'), and bounds. */
  input: { shape: number[]; dtype?: 'float32' | 'int32'; min?: number; max?: number };
  /** Most instances per request, else a 400 (default 64). */
  maxInstances?: number;
  /** Dynamic batching, or false (default): one predict call per request. true: { maxBatchSize: 32, maxQueueWaitMs: 5 }. */
  batching?: boolean | { maxBatchSize?: number; maxQueueWaitMs?: number };
  /** Most requests waiting; one more is answered 503 (default: no limit). */
  maxQueueLength?: number;
}

type ServiceResponse =
  | { status: 200; version: string; predictions: Array<{ label: number; probabilities: number[] }> }
  | { status: 400; version: string; error: { field: string; expected: string; got: string; message: string } }
  | { status: 500 | 503; version: string; error: { message: string } };

interface ModelService {
  /** The version every response carries. */
  readonly version: string;
  /** Sends one request ({ instances: [...] } or its JSON text); resolves with the response (never throws). */
  request(body: unknown): Promise<ServiceResponse>;
  /** Batches run, mean batch size (instances per predict call), answers by status, queue length, requests in flight. */
  stats(): {
    batches: number;
    meanBatchSize: number;
    largestBatch: number;
    queueLength: number;
    inFlight: number;
    stopped: boolean;
    answered: { 200: number; 400: number; 500: number; 503: number };
  };
  /** Ends its worker; pending and later requests are answered 503. */
  stop(): Promise<void>;
}

interface LatencySummary {
  count: number;
  min: number;
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
}

interface LatencyHistogram {
  /** Requests recorded. */
  readonly count: number;
  /** The latency in ms at or under which percentile % of requests fall. */
  valueAt(percentile: number): number;
  /** The share of requests (0 … 1) that took at most ms. */
  fractionAtOrBelow(ms: number): number;
  /** Each distinct latency (to 0.1 %) and how many requests took it, fastest first. */
  recorded(): Array<{ ms: number; count: number }>;
  /** Requests counted in n log-spaced bins (fromMs, toMs]. */
  bins(n?: number): Array<{ fromMs: number; toMs: number; count: number }>;
  /** Adds another histogram's latencies to this one. */
  add(other: LatencyHistogram): void;
  /** count, min, mean, p50 … p999 and max in ms. */
  summary(): LatencySummary;
}

interface LoadResult {
  mode: 'open' | 'closed';
  /** Open loop: requests per second asked for (null for a closed loop). */
  offeredRate: number | null;
  /** Closed loop: the number of clients (null for an open loop). */
  clients: number | null;
  /** Requests per second actually sent. */
  achievedRate: number;
  /** Successful answers per second. */
  throughput: number;
  sent: number;
  completed: number;
  /** Rejections and answers with status >= 400. */
  errors: number;
  /** Requests not sent because maxInFlight were waiting (open loop). */
  dropped: number;
  /** Requests still unanswered drainMs after the last send. */
  unfinished: number;
  /** Answers by status: { '200': 980, '503': 20 }. */
  statuses: Record<string, number>;
  /** Latency of successful requests in ms, from the intended send time (open loop). */
  latencyMs: LatencySummary;
  /** How late the generator itself sent requests, in ms (open loop). */
  sendLagMs: LatencySummary;
  /** Time-averaged requests in flight (L in Little's law). */
  meanInFlight: number;
  maxInFlightSeen: number;
  elapsedMs: number;
  histogram: LatencyHistogram;
}

declare global {
  /** TensorFlow.js 4.22, on the backend shown in the kernel bar. */
  const tf: typeof tfjs;
  /** Charts, images, tables, heatmaps and progress bars in the cell's Output. */
  const show: {
    /** A live line chart; push points while training runs. */
    line(options?: { title?: string; series?: string[]; xLabel?: string; yLabel?: string; logX?: boolean; logY?: boolean }): LineChart;
    /** A scatter plot of 2-D points [n, 2], coloured by class label. */
    scatter(points: TensorOrArray, labels?: tfjs.Tensor | number[], options?: { title?: string; xLabel?: string; yLabel?: string }): void;
    /** A grid of images [n, h, w], [n, h, w, 1] or [n, h, w, 3]. */
    images(images: tfjs.Tensor, options?: { columns?: number; labels?: tfjs.Tensor | Array<string | number>; captions?: tfjs.Tensor | Array<string | number>; title?: string }): void;
    /** A table from an array of objects or of arrays. */
    table(rows: Array<Record<string, unknown>> | unknown[][], options?: { title?: string; columns?: string[] }): void;
    /** A heatmap of a matrix, e.g. a confusion matrix. */
    heatmap(matrix: tfjs.Tensor | number[][], options?: {
      title?: string;
      /** One label per row / column (aliases: yLabels / xLabels). */
      rowLabels?: Array<string | number>;
      colLabels?: Array<string | number>;
      xLabels?: Array<string | number>;
      yLabels?: Array<string | number>;
      /** What the columns and the rows are, e.g. 'predicted digit' and 'true digit'. */
      xLabel?: string;
      yLabel?: string;
      /** The images behind each cell, shown when the cell is clicked: (row, column) => images, or examples[row][column]. */
      examples?: ((row: number, column: number) => CellImages) | CellImages[][];
    }): void;
    /** A reliability diagram: accuracy per confidence bin against the diagonal, with the ECE. */
    reliability(
      input:
        | { confidences: tfjs.Tensor | number[]; correct: tfjs.Tensor | Array<boolean | number>; bins?: number; title?: string }
        | { probabilities: tfjs.Tensor | number[][]; labels: tfjs.Tensor | number[] | number[][]; bins?: number; title?: string },
    ): ReliabilityResult;
    /** A pad to draw on (mouse, touch or keyboard); each change calls onChange, whose result shows live under the pad. */
    drawPad(options?: {
      size?: number;
      title?: string;
      /** Names of the numbers onChange returns, e.g. the ten digits. */
      labels?: Array<string | number>;
      onChange?: (pixels: Float32Array, pad: DrawPad) => unknown;
    }): DrawPad;
    /** A bar chart: one bar per row, named by column x, as long as column y. */
    bars(rows: Array<Record<string, unknown>> | unknown[][], options?: { title?: string; x?: string; y?: string }): void;
    /** The latency distribution of load tests on a log axis: the CDF (default) or a histogram. */
    latency(results: LoadResult | LatencyHistogram | Array<LoadResult | LatencyHistogram>, options?: { title?: string; labels?: string[]; view?: 'cdf' | 'histogram' }): void;
    /** A progress bar with percentage and ETA for your own loops. */
    progress(options: { total: number; label?: string }): ProgressBar;
    /** Callbacks for model.fit: a live chart of the metrics per epoch and a progress bar. */
    fitCallbacks(options?: { title?: string; metrics?: string[] }): tfjs.CustomCallbackArgs;
  };
  /** The data sets shipped with the course, by name. */
  const data: {
    load(name: DataSetName, options?: DataLoadOptions): Promise<DataSet>;
    /** The names load accepts. */
    readonly names: readonly DataSetName[];
  };
  /** The pretrained models shipped with the course, by name, and the models you save. */
  const models: {
    /** A fresh copy of a shipped model, or of one you saved: models.load('indexeddb://digits'). */
    load(name: 'digits-base' | \`indexeddb://\${string}\`): Promise<tfjs.LayersModel>;
    /** Keeps a model in this browser ('indexeddb://name') or offers it as a file to download ('downloads://name'). */
    save(model: tfjs.LayersModel, where: \`indexeddb://\${string}\` | \`downloads://\${string}\`): Promise<{ path: string; bytes: number; weightBytes: number }>;
    /** Bytes of the model as saved: model.json plus weights.bin. */
    sizeOf(model: tfjs.LayersModel | tfjs.io.ModelArtifacts): Promise<number>;
    /** The shipped names load accepts. */
    readonly names: readonly 'digits-base'[];
  };
  /** Makes the rest of the run repeatable on this backend (seeds Math.random). */
  function seed(n: number): void;
  /** Times fn: warm-up runs, then the median and spread of several runs, in ms. */
  function time(fn: () => unknown, options?: { warmup?: number; runs?: number }): Promise<Timing>;
  /** Largest absolute and relative difference between two tensors or arrays, and where. */
  function compare(a: tfjs.Tensor | ArrayLike<number>, b: tfjs.Tensor | ArrayLike<number>): Comparison;
  /** Waits ms milliseconds (lets the page breathe in long loops). */
  function sleep(ms: number): Promise<void>;
  /** Load tests: an open loop (fixed arrival rate) and a closed loop (N clients) around any async send. */
  const load: {
    /** Sends rate requests per second for durationMs whatever the answers; latency counts from each intended send time. */
    open(options: { rate: number; durationMs: number; send: (i: number) => unknown; arrivals?: 'uniform' | 'poisson'; seed?: number; maxInFlight?: number; drainMs?: number }): Promise<LoadResult>;
    /** clients clients that each send, wait for the answer (and thinkMs), and send again, for durationMs. */
    closed(options: { clients: number; durationMs: number; send: (i: number) => unknown; thinkMs?: number; drainMs?: number }): Promise<LoadResult>;
    /** A first-come-first-served queue with a known service time; returns its send function. */
    simulatedService(options: { meanMs: number; distribution?: 'fixed' | 'exponential'; servers?: number; seed?: number }): (i?: number) => Promise<{ status: 200; queuedMs: number; serviceMs: number }>;
    /** An open loop against a simulated service in virtual time: exact, repeatable, and a minute of traffic in a moment. */
    simulate(options: { rate: number; durationMs: number; arrivals?: 'uniform' | 'poisson'; seed?: number; service: { meanMs: number; distribution?: 'fixed' | 'exponential'; servers?: number; seed?: number } }): Promise<LoadResult>;
  };
  /** One run of the experiment log, as log.record keeps it. */
  interface LoggedRun {
    id: string;
    name: string;
    seed: number | null;
    config: Record<string, string | number | boolean | null>;
    figures: Record<string, number>;
    curves: Record<string, number[]>;
    /** When it was recorded, ISO 8601. */
    recordedAt: string;
  }
  /** A figure over the seeds of one name: its mean and 95 % interval (NaN for a single run). */
  interface LogFigureSummary {
    n: number;
    mean: number;
    sd: number;
    low: number;
    high: number;
  }
  /** The lesson's experiment log, kept in this browser: it survives Restart and a reload. */
  const log: {
    /** Records one run; only name is required. Runs of the same name with different seeds are pooled by compare. */
    record(run: {
      name: string;
      seed?: number | null;
      /** Flat settings: text, numbers, true/false or null. */
      config?: Record<string, string | number | boolean | null>;
      /** Figures to compare, e.g. { accuracy: 0.91 }. */
      figures?: Record<string, number>;
      /** Curves, e.g. { loss: history.history.loss }. */
      curves?: Record<string, number[] | Float32Array>;
    }): Promise<LoggedRun>;
    /** Every run, in the order recorded. */
    runs(): Promise<LoggedRun[]>;
    /** Removes every run called name; resolves to how many. */
    remove(name: string): Promise<number>;
    /** Removes every run; resolves to how many. */
    clear(): Promise<number>;
    /** A table of the runs by name (each figure's mean and 95 % interval over seeds), one chart of curve, and the export/import panel. */
    compare(options?: { names?: string[]; figures?: string[]; curve?: string; title?: string }): Promise<{
      rows: Array<{ name: string; seeds: Array<number | null>; figures: Record<string, LogFigureSummary> }>;
    }>;
  };
  /** Serves a model from its own worker: JSON requests in (TF Serving's { instances: [...] }), JSON answers out. */
  const service: {
    /** Starts serving model; resolves once its worker has loaded it. */
    start(model: tfjs.LayersModel, options: ServiceStartOptions): Promise<ModelService>;
    /** Stops every service started here (loading ones too). */
    stopAll(): Promise<void>;
    /** How many services are running (at most 4). */
    readonly running: number;
  };
  /** The verdict of one test(…): passed, failed (with the reason) or timed out. */
  interface TestVerdict {
    name: string;
    status: 'passed' | 'failed' | 'timed-out';
    /** Empty when it passed with at least one check; otherwise why it failed (or that it checks nothing). */
    message: string;
    /** How many expect.* calls it made. */
    assertions: number;
    ms: number;
  }
  /** Runs fn as a test (after the tests before it) and shows its verdict in the Output; await it for the verdict. */
  function test(name: string, fn: () => unknown, options?: { timeout?: number }): Promise<TestVerdict>;
  /** The grader's checks, with its messages; each throws (failing the test) when the check does not hold. */
  const expect: {
    /** Same shape, and every value within tolerance: |got − expected| ≤ atol + rtol·|expected|. */
    allClose(actual: unknown, expected: unknown, options?: { rtol?: number; atol?: number; what?: string }): void;
    /** The value has exactly this shape. */
    shape(actual: unknown, expected: readonly number[], what?: string): void;
    /** The value has this dtype ('float32', 'int32', 'bool'). */
    dtype(actual: unknown, expected: string, what?: string): void;
    /** Every value is a finite number (no NaN, no Infinity). */
    finite(actual: unknown, what?: string): void;
    /** Each row of a rank-2 value sums to total (e.g. probabilities sum to 1). */
    rowsSumTo(actual: unknown, total: number, options?: { atol?: number; what?: string }): void;
    /** Exact equality of numbers, strings, booleans or arrays of them. */
    equal(actual: unknown, expected: unknown, what?: string): void;
    /** value ≥ bar. */
    atLeast(value: number, bar: number, what: string): void;
    /** value ≤ bar. */
    atMost(value: number, bar: number, what: string): void;
    /** Fails with message unless condition holds. */
    that(condition: boolean, message: string): void;
  };
}

export {};
`;
