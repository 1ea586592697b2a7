import { describe, expect, it } from 'vitest';
import { parseKernelEvent, parseKernelRequest, type KernelEvent, type KernelRequest } from '../../src/runtime/protocol';

const leak = { after: { numTensors: 3, numBytes: 120 }, addedTensors: 1, addedBytes: 40 };
const error = { kind: 'runtime', name: 'ReferenceError', message: 'x is not defined', line: 3, column: 5 } as const;

const validRequests: KernelRequest[] = [
  { type: 'init', backend: 'auto', probe: null, baseUrl: 'http://localhost/' },
  { type: 'init', backend: 'wasm', probe: { times: { wasm: 1.5, cpu: 30, webgpu: null }, softwareWebgl: true }, baseUrl: '/' },
  { type: 'init', backend: 'cpu', probe: null, baseUrl: '/', lesson: 'first-model', locale: 'zh-cn' },
  { type: 'run', runId: 4, cellId: 'first', code: 'console.log(1)' },
];

const validEvents: KernelEvent[] = [
  {
    type: 'ready',
    backend: 'wasm',
    requested: 'auto',
    probe: { times: { wasm: 1.2 }, softwareWebgl: false },
    probed: true,
    crossOriginIsolated: true,
    wasmThreads: 1,
    fallbackFrom: null,
    loadMs: 400,
  },
  { type: 'init-failed', error: { ...error, kind: 'runtime', line: null, column: null } },
  { type: 'display', runId: 1, cellId: 'a', message: { kind: 'notice', level: 'info', text: 'hi' } },
  { type: 'done', runId: 1, cellId: 'a', ms: 12, leak },
  { type: 'failed', runId: 1, cellId: 'a', ms: 3, error, leak: null, fatal: false },
  { type: 'late-error', cellId: 'a', error: { ...error, kind: 'rejection' } },
];

describe('parseKernelRequest', () => {
  it.each(validRequests)('accepts a well-formed $type request', (request) => {
    expect(parseKernelRequest(structuredClone(request))).toEqual(request);
  });

  it.each([
    ['not an object', 'run'],
    ['null', null],
    ['an unknown type', { type: 'eval', code: '1' }],
    ['a run without code', { type: 'run', runId: 1, cellId: 'a' }],
    ['a fractional run id', { type: 'run', runId: 1.5, cellId: 'a', code: '' }],
    ['an unknown backend', { type: 'init', backend: 'metal', probe: null, baseUrl: '/' }],
    ['a locale the site does not speak', { type: 'init', backend: 'auto', probe: null, baseUrl: '/', locale: 'fr' }],
    ['a language tag instead of a locale', { type: 'init', backend: 'auto', probe: null, baseUrl: '/', locale: 'zh-CN' }],
    [
      'a probe with an unknown backend',
      { type: 'init', backend: 'auto', probe: { times: { tpu: 1 }, softwareWebgl: false }, baseUrl: '/' },
    ],
    ['a probe with a negative time', { type: 'init', backend: 'auto', probe: { times: { cpu: -1 }, softwareWebgl: false }, baseUrl: '/' }],
  ])('rejects %s', (_, data) => {
    expect(parseKernelRequest(data)).toBeUndefined();
  });
});

describe('parseKernelEvent', () => {
  it.each(validEvents)('accepts a well-formed $type event', (event) => {
    expect(parseKernelEvent(structuredClone(event))).toEqual(event);
  });

  it.each([
    ['a display message of an unknown kind', { type: 'display', runId: 1, cellId: 'a', message: { kind: 'video' } }],
    ['a display message missing fields', { type: 'display', runId: 1, cellId: 'a', message: { kind: 'notice', text: 'x' } }],
    ['done without a leak report', { type: 'done', runId: 1, cellId: 'a', ms: 1 }],
    ['failed with a line of 0', { type: 'failed', runId: 1, cellId: 'a', ms: 1, error: { ...error, line: 0 }, leak: null, fatal: false }],
    [
      'failed with an unknown error kind',
      { type: 'failed', runId: 1, cellId: 'a', ms: 1, error: { ...error, kind: 'oops' }, leak: null, fatal: false },
    ],
    ['ready on an unknown backend', { ...validEvents[0], backend: 'tpu' }],
    ['ready with zero wasm threads', { ...validEvents[0], wasmThreads: 0 }],
    ['a late error without a cell', { type: 'late-error', error }],
  ])('rejects %s', (_, data) => {
    expect(parseKernelEvent(data)).toBeUndefined();
  });
});
