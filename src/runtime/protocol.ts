/**
 * The typed message protocol between a lesson page and its kernel worker. Every message is a
 * discriminated union on `type`; both sides validate what they receive with `parseKernelRequest`
 * and `parseKernelEvent`, so a malformed message is dropped instead of crashing either side.
 */
import type { DisplayMessage } from './display/protocol';
import { isDisplayMessage, isDrawing } from './display/is-display-message';
import {
  isBackendName,
  isBackendPreference,
  isProbeCache,
  type BackendName,
  type BackendPreference,
  type ProbeCache,
} from './backend-names';
import { SOURCE_LOCALE, TRANSLATED_LOCALES, type Locale } from '../i18n/locales';

/** Where an error happened and what it said, with the line in the cell's own numbering. */
export interface KernelError {
  /** `syntax`: the cell did not parse; `runtime`: an Error was thrown; `thrown`: a non-Error value was thrown; `rejection`: an unhandled promise rejection; `memory`: an allocation too large. */
  kind: 'syntax' | 'runtime' | 'thrown' | 'rejection' | 'memory';
  /** The error class name, e.g. `ReferenceError`. */
  name: string;
  /** The raw message, as the JavaScript engine or tfjs wrote it. */
  message: string;
  /** 1-based line in the cell, or null when unknown. */
  line: number | null;
  /** 1-based column in the cell, or null when unknown. */
  column: number | null;
}

/** Tensors and bytes tfjs holds. */
export interface MemorySnapshot {
  numTensors: number;
  numBytes: number;
}

/** Memory still held after a run, and how much the run added. */
export interface LeakReport {
  after: MemorySnapshot;
  addedTensors: number;
  addedBytes: number;
}

/** Page → worker: start the kernel on a backend. */
export interface InitRequest {
  type: 'init';
  /** The learner's choice, or `auto`. */
  backend: BackendPreference;
  /** What an earlier visit measured; null to measure now (only needed for `auto`). */
  probe: ProbeCache | null;
  /** The site's base URL (for data sets and models), absolute. */
  baseUrl: string;
  /** The lesson the page shows (its `data-lesson-id`): whose experiment log `log` reads and writes. */
  lesson?: string;
  /** The page's language (`currentLocale()` there): the kernel's messages speak it. English when absent. */
  locale?: Locale;
}

/** Page → worker: run one cell's code in the shared scope. */
export interface RunRequest {
  type: 'run';
  runId: number;
  cellId: string;
  code: string;
}

/**
 * Page → worker: the learner changed a drawing pad (`show.drawPad`). Handled between runs (after
 * the run in progress, if any); a pad the kernel does not know (its cell ran again, or the kernel
 * restarted since) is ignored.
 */
export interface InputRequest {
  type: 'input';
  /** The pad's id, from its `drawpad-create` message. */
  padId: string;
  /** The whole drawing: size × size values from 0 to 1, row by row. */
  pixels: Float32Array;
}

/** A message the page sends to the kernel. */
export type KernelRequest = InitRequest | RunRequest | InputRequest;

/** Worker → page: the kernel is ready on `backend`. */
export interface ReadyEvent {
  type: 'ready';
  backend: BackendName;
  requested: BackendPreference;
  /** Probe results measured now or passed in; null when no probe was needed. */
  probe: ProbeCache | null;
  /** True when the probe ran in this kernel (the page should cache it). */
  probed: boolean;
  crossOriginIsolated: boolean;
  /** Threads of the WASM backend (more than 1 needs cross-origin isolation); null on other backends. */
  wasmThreads: number | null;
  /** Set when the requested backend failed to start and the kernel fell back. */
  fallbackFrom: BackendName | null;
  /** Milliseconds from worker start to ready. */
  loadMs: number;
}

/** Worker → page: tfjs could not start on any backend. */
export interface InitFailedEvent {
  type: 'init-failed';
  error: KernelError;
}

/** Worker → page: one piece of output for a cell. */
export interface DisplayEvent {
  type: 'display';
  runId: number;
  cellId: string;
  message: DisplayMessage;
}

/** Worker → page: a run finished without error. */
export interface DoneEvent {
  type: 'done';
  runId: number;
  cellId: string;
  ms: number;
  leak: LeakReport;
}

/** Worker → page: a run ended with an error. */
export interface FailedEvent {
  type: 'failed';
  runId: number;
  cellId: string;
  ms: number;
  error: KernelError;
  leak: LeakReport | null;
  /** True when the kernel cannot go on (e.g. wasm memory exhausted) and must restart. */
  fatal: boolean;
}

/** Worker → page: an error after a run ended (a timer callback threw, a promise rejected later). */
export interface LateErrorEvent {
  type: 'late-error';
  cellId: string;
  error: KernelError;
}

/** A message the kernel sends to the page. */
export type KernelEvent = ReadyEvent | InitFailedEvent | DisplayEvent | DoneEvent | FailedEvent | LateErrorEvent;

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isInt = (value: unknown): value is number => Number.isInteger(value);
const isLineOrNull = (value: unknown) => value === null || (isInt(value) && value >= 1);
const ERROR_KINDS: readonly string[] = ['syntax', 'runtime', 'thrown', 'rejection', 'memory'];
const LOCALES: readonly unknown[] = [SOURCE_LOCALE, ...TRANSLATED_LOCALES];

function isKernelError(value: unknown): value is KernelError {
  return (
    isObject(value) &&
    typeof value['kind'] === 'string' &&
    ERROR_KINDS.includes(value['kind']) &&
    typeof value['name'] === 'string' &&
    typeof value['message'] === 'string' &&
    isLineOrNull(value['line']) &&
    isLineOrNull(value['column'])
  );
}

function isMemory(value: unknown): value is MemorySnapshot {
  return isObject(value) && isCount(value['numTensors']) && isCount(value['numBytes']);
}

function isLeak(value: unknown): value is LeakReport {
  return isObject(value) && isMemory(value['after']) && isInt(value['addedTensors']) && isInt(value['addedBytes']);
}

const isRunRef = (value: Fields) => isInt(value['runId']) && typeof value['cellId'] === 'string';

/** Returns `data` as a kernel request when it is a well-formed one, else undefined. */
export function parseKernelRequest(data: unknown): KernelRequest | undefined {
  if (!isObject(data)) return undefined;
  switch (data['type']) {
    case 'init':
      return isBackendPreference(data['backend']) &&
        (data['probe'] === null || isProbeCache(data['probe'])) &&
        typeof data['baseUrl'] === 'string' &&
        (data['lesson'] === undefined || typeof data['lesson'] === 'string') &&
        (data['locale'] === undefined || LOCALES.includes(data['locale']))
        ? (data as unknown as InitRequest)
        : undefined;
    case 'run':
      return isRunRef(data) && typeof data['code'] === 'string' ? (data as unknown as RunRequest) : undefined;
    case 'input':
      return typeof data['padId'] === 'string' && isDrawing(data['pixels']) ? (data as unknown as InputRequest) : undefined;
    default:
      return undefined;
  }
}

/** Returns `data` as a kernel event when it is a well-formed one, else undefined. */
export function parseKernelEvent(data: unknown): KernelEvent | undefined {
  if (!isObject(data)) return undefined;
  switch (data['type']) {
    case 'ready':
      return isBackendName(data['backend']) &&
        isBackendPreference(data['requested']) &&
        (data['probe'] === null || isProbeCache(data['probe'])) &&
        typeof data['probed'] === 'boolean' &&
        typeof data['crossOriginIsolated'] === 'boolean' &&
        (data['wasmThreads'] === null || (isInt(data['wasmThreads']) && data['wasmThreads'] >= 1)) &&
        (data['fallbackFrom'] === null || isBackendName(data['fallbackFrom'])) &&
        isCount(data['loadMs'])
        ? (data as unknown as ReadyEvent)
        : undefined;
    case 'init-failed':
      return isKernelError(data['error']) ? (data as unknown as InitFailedEvent) : undefined;
    case 'display':
      return isRunRef(data) && isDisplayMessage(data['message']) ? (data as unknown as DisplayEvent) : undefined;
    case 'done':
      return isRunRef(data) && isCount(data['ms']) && isLeak(data['leak']) ? (data as unknown as DoneEvent) : undefined;
    case 'failed':
      return isRunRef(data) &&
        isCount(data['ms']) &&
        isKernelError(data['error']) &&
        (data['leak'] === null || isLeak(data['leak'])) &&
        typeof data['fatal'] === 'boolean'
        ? (data as unknown as FailedEvent)
        : undefined;
    case 'late-error':
      return typeof data['cellId'] === 'string' && isKernelError(data['error']) ? (data as unknown as LateErrorEvent) : undefined;
    default:
      return undefined;
  }
}
