/**
 * Where a lesson's experiment log is kept: one record per lesson in this browser's IndexedDB
 * (database `runfirst-experiment-log`, store `logs`, key `lesson:<id>`), read by the kernel worker
 * (`log.record`, `log.compare`) and by the page (the Experiment log panel's export and import), so
 * it outlives a kernel Restart and a reload. Node has no IndexedDB: there the logs live in
 * {@link memoryLogBackend}, one per process, copied in and out as IndexedDB does.
 *
 * Every read checks the record (log-format.ts). A record that fails is never thrown away: like the
 * progress store (src/progress/progress-store.ts) it is copied under `kept-aside:<id>:<time>`, the
 * log starts empty, and `onProblem` is told once, with a sentence for the learner.
 */
import { emptyLog, InvalidLogValue, describeLogIssue, readLog, type ExperimentLog } from './log-format';
import { logMessages } from './log-messages';

/** The database and object store the logs live in (the e2e test reads and corrupts them). */
export const LOG_DATABASE = 'runfirst-experiment-log';
export const LOG_OBJECT_STORE = 'logs';

/** The key of a lesson's log. */
export const logKey = (lesson: string) => `lesson:${lesson}`;
/** Where an unreadable log of `lesson` is copied, with the time it was kept aside. */
export const keptAsideKey = (lesson: string, at: Date) => `kept-aside:${lesson}:${at.toISOString()}`;

/** Raw records by key: IndexedDB or memory. */
export interface LogBackend {
  /** The record under `key`, or undefined when there is none. */
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
}

/** What the learner must be told about their stored log. */
export interface LogProblem {
  kind: 'corrupt' | 'unavailable';
  message: string;
  /** Where the unreadable record was kept, for `corrupt`. */
  backupKey?: string;
}

/** A lesson's log. */
export interface LogStore {
  readonly lesson: string;
  /** The log as stored, checked; an unreadable record is kept aside and an empty log returned. */
  read(): Promise<ExperimentLog>;
  /** Reads, applies `change` and stores its result; calls on one store run one after another. */
  update(change: (log: ExperimentLog) => ExperimentLog): Promise<ExperimentLog>;
}

/** How a store is built. */
export interface LogStoreOptions {
  now?: () => Date;
  /** Called once per problem found. */
  onProblem?: (problem: LogProblem) => void;
}

/** The store of `lesson`'s log over `backend`; when the backend fails, the log carries on in memory. */
export function createLogStore(lesson: string, backend: LogBackend, options: LogStoreOptions = {}): LogStore {
  const now = options.now ?? (() => new Date());
  const key = logKey(lesson);
  let active = backend;
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs `job` on the backend, falling back to memory (and saying so) if the backend fails. */
  const withBackend = async <T>(job: (on: LogBackend) => Promise<T>): Promise<T> => {
    try {
      return await job(active);
    } catch (error) {
      if (active !== backend) throw error;
      active = createMemoryLogBackend();
      options.onProblem?.({
        kind: 'unavailable',
        message: logMessages.storageUnavailable(error instanceof Error ? error.message : String(error)),
      });
      return job(active);
    }
  };

  const readNow = () =>
    withBackend(async (on) => {
      const stored = await on.get(key);
      if (stored === undefined) return emptyLog(lesson);
      try {
        return readLog(stored, logMessages.fixStored());
      } catch (error) {
        if (!(error instanceof InvalidLogValue)) throw error;
        const backupKey = keptAsideKey(lesson, now());
        await on.put(backupKey, stored);
        await on.put(key, emptyLog(lesson));
        const issue = describeLogIssue(error.issue);
        options.onProblem?.({ kind: 'corrupt', message: logMessages.keptAside(backupKey, issue), backupKey });
        return emptyLog(lesson);
      }
    });

  const serially = <T>(job: () => Promise<T>): Promise<T> => {
    const result = queue.then(job, job);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    lesson,
    read: () => serially(readNow),
    update: (change) =>
      serially(async () => {
        const next = change(await readNow());
        await withBackend((on) => on.put(key, next));
        return next;
      }),
  };
}

/** Records in this process's memory, copied in and out (a later change to a run changes nothing stored). */
export function createMemoryLogBackend(): LogBackend & { clear(): void } {
  const records = new Map<string, unknown>();
  return {
    get: async (key) => (records.has(key) ? structuredClone(records.get(key)) : undefined),
    put: async (key, value) => {
      records.set(key, structuredClone(value));
    },
    clear: () => records.clear(),
  };
}

let processBackend: (LogBackend & { clear(): void }) | undefined;

/** The one memory backend of this process (node: lesson tests, the grader, scripts). */
export function memoryLogBackend(): LogBackend & { clear(): void } {
  processBackend ??= createMemoryLogBackend();
  return processBackend;
}

/** Settles with a request's result. */
function request<T>(of: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    of.onsuccess = () => resolve(of.result);
    of.onerror = () => reject(of.error ?? new Error('IndexedDB request failed'));
  });
}

/** The logs in `factory` (this realm's IndexedDB), the database opened on first use. */
export function indexedDbLogBackend(factory: IDBFactory): LogBackend {
  let database: Promise<IDBDatabase> | undefined;
  const open = () => {
    database ??= new Promise<IDBDatabase>((resolve, reject) => {
      const opening = factory.open(LOG_DATABASE, 1);
      opening.onupgradeneeded = () => opening.result.createObjectStore(LOG_OBJECT_STORE);
      opening.onsuccess = () => {
        const db = opening.result;
        // Another tab deleting or upgrading the database: let it, and open again on next use.
        db.onversionchange = () => {
          db.close();
          database = undefined;
        };
        resolve(db);
      };
      opening.onerror = () => reject(opening.error ?? new Error('IndexedDB could not be opened'));
      opening.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    });
    database.catch(() => (database = undefined));
    return database;
  };
  const store = async (mode: IDBTransactionMode) => (await open()).transaction(LOG_OBJECT_STORE, mode).objectStore(LOG_OBJECT_STORE);
  return {
    get: async (key) => request<unknown>((await store('readonly')).get(key)),
    put: async (key, value) => {
      const objects = await store('readwrite');
      // Settled once the write is committed, not merely queued.
      await new Promise<void>((resolve, reject) => {
        objects.transaction.oncomplete = () => resolve();
        objects.transaction.onerror = () => reject(objects.transaction.error ?? new Error('IndexedDB write failed'));
        objects.transaction.onabort = () => reject(objects.transaction.error ?? new Error('IndexedDB write was aborted'));
        objects.put(value, key);
      });
    },
  };
}

/** IndexedDB where the realm has it (browser page and workers), else the process's memory. */
export function defaultLogBackend(): LogBackend {
  const factory = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  return typeof factory === 'object' && factory !== null ? indexedDbLogBackend(factory) : memoryLogBackend();
}
