/**
 * Where `models.save(model, 'indexeddb://name')` keeps a model. In a browser (the kernel worker,
 * the grading worker) that is tfjs's own IndexedDB store, so `tf.loadLayersModel('indexeddb://name')`
 * reads the same models and they outlive a kernel restart and a reload. Node has no IndexedDB:
 * there the models live in {@link memoryModelStore}, one per process, which keeps and hands out
 * copies exactly as IndexedDB does (a later change to the model does not change what was saved,
 * and every load is a fresh model) but is gone when the process ends.
 */
import type * as tfjs from '@tensorflow/tfjs';
import type { Tf } from '../tools/tf-type.ts';
import { copyArtifacts } from './model-files.ts';

/** A store of saved models by name. */
export interface ModelStore {
  /** Where the models live, as the learner reads it ("this browser's IndexedDB"). */
  readonly where: 'indexeddb' | 'memory';
  /** Keeps a copy of `artifacts` under `name`, replacing what was there. */
  save(name: string, artifacts: tfjs.io.ModelArtifacts): Promise<void>;
  /** A copy of what is saved under `name`, or null when nothing is. */
  load(name: string): Promise<tfjs.io.ModelArtifacts | null>;
  /** The names saved, sorted. */
  names(): Promise<string[]>;
}

const SCHEME = 'indexeddb://';

/** The store over tfjs's IndexedDB handlers (browser and worker). */
export function indexedDbStore(tf: Tf): ModelStore {
  const handler = <T>(handlers: T[], name: string): T => {
    const found = handlers[0];
    if (!found) throw new Error(`tfjs has no IndexedDB handler for ${SCHEME}${name}`);
    return found;
  };
  const names = async () =>
    Object.keys(await tf.io.listModels())
      .filter((url) => url.startsWith(SCHEME))
      .map((url) => url.slice(SCHEME.length))
      .sort();
  return {
    where: 'indexeddb',
    async save(name, artifacts) {
      // Called on the handler: its methods use `this`.
      const io = handler(tf.io.getSaveHandlers(`${SCHEME}${name}`), name);
      if (!io.save) throw new Error(`tfjs's IndexedDB handler cannot save`);
      await io.save(copyArtifacts(tf, artifacts));
    },
    async load(name) {
      if (!(await names()).includes(name)) return null;
      const io = handler(tf.io.getLoadHandlers(`${SCHEME}${name}`), name);
      if (!io.load) throw new Error(`tfjs's IndexedDB handler cannot load`);
      return io.load();
    },
    names,
  };
}

/** A store in this process's memory, with IndexedDB's copy-in, copy-out behaviour. */
export function createMemoryModelStore(tf: Tf): ModelStore & { clear(): void } {
  const saved = new Map<string, tfjs.io.ModelArtifacts>();
  return {
    where: 'memory',
    async save(name, artifacts) {
      saved.set(name, copyArtifacts(tf, artifacts));
    },
    async load(name) {
      const artifacts = saved.get(name);
      return artifacts ? copyArtifacts(tf, artifacts) : null;
    },
    async names() {
      return [...saved.keys()].sort();
    },
    clear() {
      saved.clear();
    },
  };
}

let processStore: (ModelStore & { clear(): void }) | undefined;

/** The one memory store of this process (node: lesson tests, the grader, scripts). */
export function memoryModelStore(tf: Tf): ModelStore & { clear(): void } {
  processStore ??= createMemoryModelStore(tf);
  return processStore;
}

/** IndexedDB where the realm has it (and tfjs sees a browser), else the process's memory store. */
export function defaultModelStore(tf: Tf): ModelStore {
  const hasIndexedDb = typeof (globalThis as { indexedDB?: unknown }).indexedDB === 'object' && tf.env().getBool('IS_BROWSER');
  return hasIndexedDb ? indexedDbStore(tf) : memoryModelStore(tf);
}
