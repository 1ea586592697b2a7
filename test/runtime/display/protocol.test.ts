import { describe, expect, it } from 'vitest';
import { isDisplayMessage, type DisplayMessage } from '../../../src/runtime/display/protocol';

/** One valid message of every kind. */
const VALID: DisplayMessage[] = [
  {
    kind: 'console',
    lines: [
      { level: 'log', parts: ['a', 'b'] },
      { level: 'error', parts: [] },
    ],
  },
  { kind: 'suppressed', count: 5, total: 1005 },
  { kind: 'line-create', id: 'c', title: 'Loss', series: ['loss'], xLabel: 'step', yLabel: '' },
  { kind: 'line-points', id: 'c', points: [{ x: 1, y: [0.5, null] }] },
  {
    kind: 'scatter',
    id: 's',
    title: '',
    xLabel: '',
    yLabel: '',
    x: new Float64Array(2),
    y: new Float64Array(2),
    labels: new Int32Array(2),
  },
  { kind: 'scatter', id: 's', title: '', xLabel: '', yLabel: '', x: new Float64Array(1), y: new Float64Array(1), labels: null },
  {
    kind: 'images',
    id: 'i',
    title: '',
    count: 2,
    height: 2,
    width: 3,
    columns: 10,
    pixels: new Uint8ClampedArray(48),
    labels: [],
    total: 2,
  },
  { kind: 'table', id: 't', title: '', columns: ['a'], rows: [['1']], totalRows: 1 },
  { kind: 'heatmap', id: 'h', title: '', rows: 2, columns: 1, values: new Float64Array(2), xLabels: ['0'], yLabels: ['0', '1'] },
  {
    kind: 'bars',
    id: 'b',
    title: 'Size',
    xLabel: 'model',
    yLabel: 'bytes',
    labels: ['a', 'b'],
    values: new Float64Array([3, 1]),
    total: 2,
  },
  {
    kind: 'download',
    id: 'd',
    label: 'Download digits model',
    fileName: 'digits.zip',
    mimeType: 'application/zip',
    bytes: new Uint8Array([80, 75]),
    description: 'digits.zip: 2 bytes',
  },
  { kind: 'progress-create', id: 'p', label: 'Training', total: 10 },
  { kind: 'progress-update', id: 'p', done: 3, total: 10, etaMs: null },
  { kind: 'progress-update', id: 'p', done: 3, total: 10, etaMs: 1200, label: 'Training — epoch 1 of 2' },
  { kind: 'progress-done', id: 'p', elapsedMs: 1500 },
  { kind: 'error', name: 'TypeError', message: 'boom' },
  { kind: 'error', name: 'SyntaxError', message: 'Unexpected token', line: 2, column: 7, detail: 'raw' },
  { kind: 'notice', level: 'warn', text: 'This run left 3 tensors.' },
];

describe('isDisplayMessage', () => {
  it.each(VALID.map((message) => [message.kind, message] as const))('accepts a %s message, also after structured clone', (_, message) => {
    expect(isDisplayMessage(message)).toBe(true);
    expect(isDisplayMessage(structuredClone(message))).toBe(true);
  });

  it('covers every kind of the union', () => {
    expect(new Set(VALID.map((m) => m.kind)).size).toBe(15);
  });

  it.each([
    ['null', null],
    ['a string', 'console'],
    ['an unknown kind', { kind: 'explode' }],
    ['a kind inherited from the prototype', { kind: 'toString' }],
    ['console lines that are not arrays', { kind: 'console', lines: 'hello' }],
    ['a console line with a bad level', { kind: 'console', lines: [{ level: 'shout', parts: [] }] }],
    ['a console line with non-string parts', { kind: 'console', lines: [{ level: 'log', parts: [1] }] }],
    ['a negative suppressed count', { kind: 'suppressed', count: -1, total: 0 }],
    ['line points without id', { kind: 'line-points', points: [] }],
    ['a point with a string y', { kind: 'line-points', id: 'c', points: [{ x: 1, y: ['1'] }] }],
    [
      'scatter with a plain array',
      { kind: 'scatter', id: 's', title: '', xLabel: '', yLabel: '', x: [1], y: new Float64Array(1), labels: null },
    ],
    [
      'scatter with mismatched lengths',
      { kind: 'scatter', id: 's', title: '', xLabel: '', yLabel: '', x: new Float64Array(2), y: new Float64Array(1), labels: null },
    ],
    [
      'images whose pixels do not fit the sizes',
      {
        kind: 'images',
        id: 'i',
        title: '',
        count: 2,
        height: 2,
        width: 2,
        columns: 1,
        pixels: new Uint8ClampedArray(4),
        labels: [],
        total: 2,
      },
    ],
    ['a table row of numbers', { kind: 'table', id: 't', title: '', columns: ['a'], rows: [[1]], totalRows: 1 }],
    [
      'a heatmap of the wrong size',
      { kind: 'heatmap', id: 'h', title: '', rows: 2, columns: 2, values: new Float64Array(3), xLabels: [], yLabels: [] },
    ],
    [
      'bars with one value too few',
      { kind: 'bars', id: 'b', title: '', xLabel: '', yLabel: '', labels: ['a', 'b'], values: new Float64Array(1), total: 2 },
    ],
    [
      'bars with a NaN',
      { kind: 'bars', id: 'b', title: '', xLabel: '', yLabel: '', labels: ['a'], values: new Float64Array([NaN]), total: 1 },
    ],
    ['bars with plain-array values', { kind: 'bars', id: 'b', title: '', xLabel: '', yLabel: '', labels: ['a'], values: [1], total: 1 }],
    [
      'a download whose file name is a path',
      {
        kind: 'download',
        id: 'd',
        label: 'x',
        fileName: '../x.zip',
        mimeType: 'application/zip',
        bytes: new Uint8Array(1),
        description: '',
      },
    ],
    [
      'a download with plain-array bytes',
      { kind: 'download', id: 'd', label: 'x', fileName: 'x.zip', mimeType: 'application/zip', bytes: [1], description: '' },
    ],
    [
      'a download without a label',
      { kind: 'download', id: 'd', label: '', fileName: 'x.zip', mimeType: 'application/zip', bytes: new Uint8Array(1), description: '' },
    ],
    ['a progress update without eta', { kind: 'progress-update', id: 'p', done: 1, total: 2 }],
    ['an error with a string line', { kind: 'error', name: 'E', message: 'm', line: '3' }],
    ['a notice with a bad level', { kind: 'notice', level: 'panic', text: 'x' }],
    ['a function-bearing message', { kind: 'notice', level: 'info', text: () => 'x' }],
  ])('rejects %s', (_, value) => {
    expect(isDisplayMessage(value)).toBe(false);
  });
});
