/**
 * The page's handle on its kernel worker: starts it on first use, runs cells one at a time in
 * click order, enforces each run's time limit, and stops a run by terminating the worker (then
 * starts a clean one at once). Reusable by any page that runs learner code.
 */
import type { BackendName, BackendPreference, ProbeCache } from '../backend-names';
import { currentLocale } from '../../i18n/current-locale';
import { runMessages } from '../run-messages';
import { parseKernelEvent, type KernelError, type KernelEvent, type KernelRequest, type LeakReport, type ReadyEvent } from '../protocol';

/** How a run ended. */
export type RunOutcome =
  | { status: 'done'; ms: number; leak: LeakReport }
  | { status: 'failed'; ms: number; error: KernelError; leak: LeakReport | null; fatal: boolean }
  | { status: 'stopped'; reason: StopReason; ms: number };

/** Why a run was stopped: the learner pressed Stop, it passed its time limit, the kernel restarted before or while it ran, or it was taken off the queue. */
export type StopReason = 'user' | 'time-limit' | 'restart' | 'cancelled' | 'crash';

/** Where the kernel is in its life. */
export type KernelPhase = 'idle' | 'starting' | 'ready' | 'failed';

/** The kernel's state, as the kernel bar shows it. */
export interface KernelState {
  phase: KernelPhase;
  /** The backend asked for. */
  preference: BackendPreference;
  /** What the worker reported when it became ready (null before). */
  ready: ReadyEvent | null;
  /** Why it failed to start (phase `failed`). */
  error: string | null;
  /** How many times the kernel has been restarted on this page. */
  restarts: number;
}

/** Options of a KernelClient. */
export interface KernelClientOptions {
  /** The site's base URL, absolute (for data sets and models). */
  baseUrl: string;
  /** The page's lesson, whose experiment log the kernel's `log` keeps. */
  lesson?: string;
  /** The backend to ask for (default `auto`). */
  backend?: BackendPreference;
  /** Probe results from an earlier visit (null to measure). */
  probe?: ProbeCache | null;
  /** Makes the worker; tests pass a fake. */
  createWorker?: () => Worker;
}

/** Options of one run. */
export interface RunOptions {
  /** Stop the run after this many milliseconds (default: no limit). */
  timeLimitMs?: number;
}

interface Job {
  runId: number;
  cellId: string;
  code: string;
  timeLimitMs: number | undefined;
  startedAt: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  resolve: (outcome: RunOutcome) => void;
}

/** The worker every page uses: one module worker running kernel/kernel.worker.ts. */
const createKernelWorker = () =>
  new Worker(new URL('../kernel/kernel.worker.ts', import.meta.url), { type: 'module', name: 'runfirst-kernel' });

/** A kernel on the page's side. */
export class KernelClient {
  readonly #options: KernelClientOptions;
  #worker: Worker | undefined;
  #state: KernelState;
  #probe: ProbeCache | null;
  #queue: Job[] = [];
  #current: Job | undefined;
  #nextRunId = 1;
  readonly #eventListeners = new Set<(event: KernelEvent) => void>();
  readonly #stateListeners = new Set<(state: KernelState) => void>();
  readonly #startListeners = new Set<(runId: number) => void>();

  constructor(options: KernelClientOptions) {
    this.#options = options;
    this.#probe = options.probe ?? null;
    this.#state = { phase: 'idle', preference: options.backend ?? 'auto', ready: null, error: null, restarts: 0 };
  }

  /** The kernel's current state. */
  get state(): KernelState {
    return this.#state;
  }

  /** The backend the kernel runs on, once ready. */
  get backend(): BackendName | undefined {
    return this.#state.ready?.backend;
  }

  /** Calls `listener` with every event from the worker (output, outcomes, late errors). Returns an unsubscribe function. */
  onEvent(listener: (event: KernelEvent) => void): () => void {
    this.#eventListeners.add(listener);
    return () => this.#eventListeners.delete(listener);
  }

  /** Calls `listener` whenever the kernel's state changes. Returns an unsubscribe function. */
  onState(listener: (state: KernelState) => void): () => void {
    this.#stateListeners.add(listener);
    return () => this.#stateListeners.delete(listener);
  }

  /** Calls `listener` when a queued run is handed to the kernel (its time limit starts then). */
  onRunStart(listener: (runId: number) => void): () => void {
    this.#startListeners.add(listener);
    return () => this.#startListeners.delete(listener);
  }

  /** Starts the worker if it is not running yet. */
  start(): void {
    if (this.#worker) return;
    const worker = (this.#options.createWorker ?? createKernelWorker)();
    this.#worker = worker;
    worker.addEventListener('message', (event: MessageEvent) => {
      if (this.#worker === worker) this.#receive(event.data);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (this.#worker === worker) this.#crashed(event.message || runMessages.workerFailedToLoad());
    });
    this.#setState({ phase: 'starting', ready: null, error: null });
    const lesson = this.#options.lesson;
    this.#send({
      type: 'init',
      backend: this.#state.preference,
      probe: this.#probe,
      baseUrl: this.#options.baseUrl,
      ...(lesson ? { lesson } : {}),
      // A worker has no <html lang>: it speaks the language the page speaks now.
      locale: currentLocale(),
    });
  }

  /**
   * Queues `code` to run as cell `cellId` after any run already queued. The promise settles when
   * the run ends, however it ends; it never rejects.
   */
  run(code: string, cellId: string, options: RunOptions = {}): { runId: number; outcome: Promise<RunOutcome> } {
    const runId = this.#nextRunId;
    this.#nextRunId += 1;
    const outcome = new Promise<RunOutcome>((resolve) => {
      this.#queue.push({ runId, cellId, code, timeLimitMs: options.timeLimitMs, startedAt: 0, timer: undefined, resolve });
    });
    this.start();
    this.#pump();
    return { runId, outcome };
  }

  /**
   * Sends a drawing pad's new drawing to the kernel (which calls the pad's onChange between
   * runs). False when there is no ready kernel to take it.
   */
  sendInput(padId: string, pixels: Float32Array): boolean {
    if (!this.#worker || this.#state.phase !== 'ready') return false;
    this.#send({ type: 'input', padId, pixels });
    return true;
  }

  /** The run in progress, if any. */
  get runningRunId(): number | undefined {
    return this.#current?.runId;
  }

  /** Takes a queued run off the queue (it ends as `cancelled`); false if it is not queued. */
  cancel(runId: number): boolean {
    const index = this.#queue.findIndex((job) => job.runId === runId);
    if (index < 0) return false;
    const [job] = this.#queue.splice(index, 1);
    job?.resolve({ status: 'stopped', reason: 'cancelled', ms: 0 });
    return true;
  }

  /** Stops the run in progress at once (terminating the worker) and starts a clean kernel. */
  stop(): void {
    if (!this.#current) return;
    this.#restart('user');
  }

  /** Throws the kernel away and starts a clean one; runs in progress or queued end as stopped. */
  restart(): void {
    this.#restart('restart');
  }

  /** Switches to `preference`, restarting the kernel. */
  setBackend(preference: BackendPreference): void {
    this.#setState({ preference });
    this.#restart('restart');
  }

  /** Terminates the worker for good (e.g. when the page goes away). */
  dispose(): void {
    this.#terminate('restart');
    this.#setState({ phase: 'idle', ready: null });
  }

  #restart(reason: StopReason): void {
    const hadWorker = this.#worker !== undefined;
    this.#terminate(reason);
    this.#setState({ restarts: this.#state.restarts + (hadWorker ? 1 : 0) });
    this.start();
  }

  #terminate(reason: StopReason): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    const current = this.#current;
    this.#current = undefined;
    if (current) this.#finish(current, { status: 'stopped', reason, ms: Math.round(performance.now() - current.startedAt) });
    const queued = this.#queue.splice(0);
    for (const job of queued) job.resolve({ status: 'stopped', reason: 'restart', ms: 0 });
  }

  #crashed(message: string): void {
    if (this.#state.phase === 'starting') {
      this.#worker?.terminate();
      this.#worker = undefined;
      this.#setState({ phase: 'failed', error: message });
      for (const job of this.#queue.splice(0)) job.resolve({ status: 'stopped', reason: 'crash', ms: 0 });
      return;
    }
    this.#restart('crash');
  }

  #send(request: KernelRequest): void {
    this.#worker?.postMessage(request);
  }

  #setState(patch: Partial<KernelState>): void {
    this.#state = { ...this.#state, ...patch };
    for (const listener of this.#stateListeners) listener(this.#state);
  }

  #pump(): void {
    if (this.#current || this.#state.phase !== 'ready') return;
    const job = this.#queue.shift();
    if (!job) return;
    this.#current = job;
    job.startedAt = performance.now();
    if (job.timeLimitMs !== undefined) {
      job.timer = setTimeout(() => {
        if (this.#current === job) this.#restart('time-limit');
      }, job.timeLimitMs);
    }
    this.#send({ type: 'run', runId: job.runId, cellId: job.cellId, code: job.code });
    for (const listener of this.#startListeners) listener(job.runId);
  }

  #finish(job: Job, outcome: RunOutcome): void {
    if (job.timer !== undefined) clearTimeout(job.timer);
    job.resolve(outcome);
  }

  #receive(data: unknown): void {
    const event = parseKernelEvent(data);
    if (!event) return;
    if (event.type === 'ready') {
      if (event.probe) this.#probe = event.probe;
      this.#setState({ phase: 'ready', ready: event, error: null });
    } else if (event.type === 'init-failed') {
      this.#setState({ phase: 'failed', error: event.error.message });
      for (const job of this.#queue.splice(0)) job.resolve({ status: 'stopped', reason: 'crash', ms: 0 });
    }
    for (const listener of this.#eventListeners) listener(event);
    if ((event.type === 'done' || event.type === 'failed') && this.#current?.runId === event.runId) {
      const job = this.#current;
      this.#current = undefined;
      if (event.type === 'done') this.#finish(job, { status: 'done', ms: event.ms, leak: event.leak });
      else this.#finish(job, { status: 'failed', ms: event.ms, error: event.error, leak: event.leak, fatal: event.fatal });
      if (event.type === 'failed' && event.fatal) this.#restart('crash');
    }
    this.#pump();
  }
}
