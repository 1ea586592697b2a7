/**
 * Node stand-ins for the learner API of common.md (show.*, data.load, models.load, seed, time,
 * compare, sleep, console), so a lesson's cells can run under vitest with real tfjs on the cpu
 * backend. The charts only record what they were given; data and the pretrained model are built
 * here from the same source the site ships (the UCI digits in Debian's scikit-learn) when the
 * runtime's own `data` cannot be imported.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as tfjs from '@tensorflow/tfjs';

type Tf = typeof tfjs;

/** One call a cell made to a `show.*` helper, as recorded by the stand-in. */
export interface ShowCall {
  kind: 'line' | 'scatter' | 'images' | 'table' | 'heatmap' | 'progress' | 'fitCallbacks';
  options: unknown;
  /** For show.line: every push; for tables: the rows. */
  values: unknown[];
}

/** A small seedable generator (mulberry32), the same family the runtime's `seed` uses. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIGITS_CSV = '/usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz';

/** The 1,797 UCI digits as [pixels 0..1 (64 each), label]. */
function readDigits(): { x: number[][]; y: number[] } {
  if (!existsSync(DIGITS_CSV)) throw new Error(`The digits stand-in needs ${DIGITS_CSV} (apt-get install python3-sklearn).`);
  const rows = gunzipSync(readFileSync(DIGITS_CSV)).toString('utf8').trim().split('\n');
  const x: number[][] = [];
  const y: number[] = [];
  for (const row of rows) {
    const values = row.split(',').map(Number);
    y.push(values.pop() ?? 0);
    x.push(values.map((v) => v / 16));
  }
  return { x, y };
}

function shuffledIndices(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function synthetic(name: string, n: number, noise: number, classes: number, random: () => number) {
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i += 1) {
    if (name === 'moons') {
      const label = i % 2;
      const t = Math.PI * random();
      const point = label === 0 ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 0.5 - Math.sin(t)];
      x.push(point.map((v) => v + noise * gaussian(random)));
      y.push(label);
    } else if (name === 'spirals') {
      const label = i % classes;
      const r = random();
      const angle = (2 * Math.PI * label) / classes + 3 * Math.PI * r;
      x.push([r * Math.cos(angle) + noise * gaussian(random), r * Math.sin(angle) + noise * gaussian(random)]);
      y.push(label);
    } else {
      const label = i % classes;
      const angle = (2 * Math.PI * label) / classes;
      x.push([2 * Math.cos(angle) + (noise * 5) * gaussian(random), 2 * Math.sin(angle) + (noise * 5) * gaussian(random)]);
      y.push(label);
    }
  }
  return { x, y };
}

interface LoadOptions {
  shape?: 'flat' | 'image';
  classes?: number[] | number;
  n?: number;
  noise?: number;
  testFraction?: number;
  seed?: number;
  trainPerClass?: number;
}

/** `data.load(name, options)` with the contract's shapes, dtypes, options and determinism. */
export function makeDataLoad(tf: Tf) {
  let digits: { x: number[][]; y: number[] } | undefined;
  return async (name: string, options: LoadOptions = {}) => {
    const seedValue = options.seed ?? 42;
    const random = mulberry32(seedValue);
    let x: number[][];
    let y: number[];
    let numClasses: number;
    let featureShape: number[];
    if (name === 'digits') {
      digits ??= readDigits();
      const keep = Array.isArray(options.classes) ? new Set(options.classes) : undefined;
      const picked = digits.y.map((_, i) => i).filter((i) => !keep || keep.has(digits?.y[i] ?? -1));
      x = picked.map((i) => digits?.x[i] ?? []);
      y = picked.map((i) => digits?.y[i] ?? 0);
      numClasses = 10;
      featureShape = options.shape === 'image' ? [8, 8, 1] : [64];
    } else if (name === 'moons' || name === 'spirals' || name === 'blobs') {
      const classes = name === 'moons' ? 2 : typeof options.classes === 'number' ? options.classes : 3;
      ({ x, y } = synthetic(name, options.n ?? 400, options.noise ?? 0.1, classes, random));
      numClasses = classes;
      featureShape = [2];
    } else {
      throw new Error(`Unknown data set "${name}". Use "digits", "moons", "spirals" or "blobs".`);
    }
    const order = shuffledIndices(x.length, random);
    const nTest = Math.round(x.length * (options.testFraction ?? 0.2));
    const testIdx = order.slice(0, nTest);
    const perClass = new Map<number, number>();
    const trainIdx = order.slice(nTest).filter((i) => {
      const seen = perClass.get(y[i] ?? 0) ?? 0;
      perClass.set(y[i] ?? 0, seen + 1);
      return options.trainPerClass === undefined || seen < options.trainPerClass;
    });
    const toX = (idx: number[]) => tf.tensor(idx.map((i) => x[i] ?? []), [idx.length, ...featureShape], 'float32');
    const toY = (idx: number[]) => tf.tensor1d(idx.map((i) => y[i] ?? 0), 'int32');
    return {
      xTrain: toX(trainIdx),
      yTrain: toY(trainIdx),
      xTest: toX(testIdx),
      yTest: toY(testIdx),
      numClasses,
      classNames: Array.from({ length: numClasses }, (_, i) => String(i)),
      featureShape,
    };
  };
}

/** What a cell printed, formatted roughly as the runtime's Output shows it. */
export function formatValue(tf: Tf, value: unknown): string {
  if (value instanceof tf.Tensor) {
    return `Tensor shape=[${value.shape.join(',')}] ${value.dtype} ${JSON.stringify(Array.from(value.dataSync()).slice(0, 12))}`;
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === undefined || value === null) return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** The learner's globals for one lesson run, plus what the cells showed and printed. */
export interface LearnerScope {
  globals: Record<string, unknown>;
  logs: string[];
  shows: ShowCall[];
  /** Restores Math.random after `seed()` replaced it. */
  restore: () => void;
}

/** `data.load` as the learner API types it. */
export type DataLoad = (name: string, options?: LoadOptions) => Promise<{
  xTrain: tfjs.Tensor; yTrain: tfjs.Tensor; xTest: tfjs.Tensor; yTest: tfjs.Tensor; numClasses: number;
}>;

/** `models.load` as the learner API types it. */
export type ModelsLoad = (name: string) => Promise<tfjs.LayersModel>;

/**
 * Builds the learner API for one lesson run. `dataLoad` and `modelsLoad` are the runtime's real
 * ones when they exist (the data stand-in is used otherwise; there is no model stand-in).
 */
export function createLearnerScope(tf: Tf, dataLoad?: DataLoad, modelsLoad?: ModelsLoad): LearnerScope {
  const logs: string[] = [];
  const shows: ShowCall[] = [];
  const savedRandom = Math.random;
  const record = (kind: ShowCall['kind'], options: unknown, values: unknown[] = []) => {
    const call: ShowCall = { kind, options, values };
    shows.push(call);
    return call;
  };
  const print = (...args: unknown[]) => logs.push(args.map((a) => formatValue(tf, a)).join(' '));
  const load: DataLoad = dataLoad ?? makeDataLoad(tf);
  const show = {
    line: (options: unknown) => {
      const call = record('line', options);
      return { push: (values: Record<string, number>, x?: number) => call.values.push({ x, ...values }) };
    },
    scatter: (points: unknown, labels?: unknown, options?: unknown) => record('scatter', options, [points, labels]),
    images: (images: unknown, options?: unknown) => record('images', options, [images]),
    table: (rows: unknown[], options?: unknown) => record('table', options, rows),
    heatmap: (matrix: unknown, options?: unknown) => record('heatmap', options, [matrix]),
    progress: (options: unknown) => {
      const call = record('progress', options);
      return { tick: (n = 1) => call.values.push(n), set: (done: number) => call.values.push({ set: done }), done: () => call.values.push('done') };
    },
    fitCallbacks: (options: unknown) => {
      const call = record('fitCallbacks', options);
      return { onEpochEnd: async (epoch: number, logs?: Record<string, number>) => { call.values.push({ epoch, ...logs }); } };
    },
  };
  const models = {
    load:
      modelsLoad ??
      (async (name: string): Promise<tfjs.LayersModel> => {
        throw new Error(`models.load("${name}") needs the runtime's models API (src/runtime/models/models-api.ts).`);
      }),
  };
  const globals: Record<string, unknown> = {
    tf,
    show,
    data: { load },
    models,
    seed: (n: number) => {
      Math.random = mulberry32(n);
    },
    time: async (fn: () => unknown, { warmup = 2, runs = 10 } = {}) => {
      const once = async () => {
        const start = performance.now();
        const out = await fn();
        if (out instanceof tf.Tensor) {
          await out.data();
          out.dispose();
        }
        return performance.now() - start;
      };
      for (let i = 0; i < warmup; i += 1) await once();
      const samples: number[] = [];
      for (let i = 0; i < runs; i += 1) samples.push(await once());
      const sorted = [...samples].sort((a, b) => a - b);
      const mid = Math.floor(sorted.length / 2);
      const median = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
      return { median, mean: samples.reduce((s, v) => s + v, 0) / samples.length, min: sorted[0], max: sorted.at(-1), samples };
    },
    compare: (a: unknown, b: unknown) => {
      const flat = (v: unknown) => (v instanceof tf.Tensor ? Array.from(v.dataSync()) : (v as unknown[]).flat(Infinity) as number[]);
      const shape = (v: unknown) => (v instanceof tf.Tensor ? v.shape : tf.tensor(v as number[]).shape);
      const av = flat(a);
      const bv = flat(b);
      let maxAbsError = 0;
      let maxRelError = 0;
      let worst = 0;
      av.forEach((value, i) => {
        const abs = Math.abs(value - (bv[i] ?? Number.NaN));
        if (abs > maxAbsError) { maxAbsError = abs; worst = i; }
        maxRelError = Math.max(maxRelError, abs / Math.max(Math.abs(bv[i] ?? 0), 1e-12));
      });
      return { maxAbsError, maxRelError, worstIndex: [worst], worstA: av[worst], worstB: bv[worst], sameShape: JSON.stringify(shape(a)) === JSON.stringify(shape(b)) };
    },
    sleep: (ms: number) => new Promise((resolve) => setTimeout(resolve, ms)),
    console: { log: print, info: print, warn: print, error: print },
  };
  return { globals, logs, shows, restore: () => { Math.random = savedRandom; } };
}
