/**
 * Drawing-pad input through the real kernel (CPU backend, in Node), as the page sends it: the
 * pad's onChange runs between runs with its output in the pad's cell, drawings merge while a run
 * is in progress, and a pad whose cell ran again is ignored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { startKernel } from '../../../src/runtime/kernel/kernel';
import type { DisplayEvent, DoneEvent, FailedEvent, KernelEvent, ReadyEvent } from '../../../src/runtime/protocol';
import type { DrawPadResultMessage } from '../../../src/runtime/display/protocol';
import { FakeKernelScope } from './fake-kernel-scope';

const scope = new FakeKernelScope();
let runId = 0;

function start(code: string, cellId: string) {
  runId += 1;
  const id = runId;
  scope.send({ type: 'run', runId: id, cellId, code });
  return scope.next((e): e is DoneEvent | FailedEvent => (e.type === 'done' || e.type === 'failed') && e.runId === id);
}

const padCreated = (e: KernelEvent): e is DisplayEvent => e.type === 'display' && e.message.kind === 'drawpad-create';
const padResult = (e: KernelEvent): e is DisplayEvent & { message: DrawPadResultMessage } =>
  e.type === 'display' && e.message.kind === 'drawpad-result';
const drawing = (value: number) => new Float32Array(16).fill(value);

beforeAll(async () => {
  startKernel(scope);
  scope.send({ type: 'init', backend: 'cpu', probe: null, baseUrl: 'http://localhost/' });
  await scope.next((e): e is ReadyEvent => e.type === 'ready');
}, 30_000);

afterAll(() => tf.disposeVariables());

describe('drawing pad input', () => {
  it('calls onChange between runs and shows its result and output in the pad’s cell', async () => {
    const end = await start(
      "const pad = show.drawPad({ size: 4, labels: ['mean'], onChange: (pixels) => { console.log('called'); return [pixels.reduce((a, b) => a + b) / 16]; } });",
      'pad-cell',
    );
    expect(end.type).toBe('done');
    const created = await scope.next(padCreated);
    const padId = (created.message as { id: string }).id;
    await start("console.log('another cell');", 'other-cell');
    scope.events.length = 0;
    scope.send({ type: 'input', padId, pixels: drawing(0.5) });
    const result = await scope.next(padResult);
    expect(result).toMatchObject({ cellId: 'pad-cell', runId: created.runId });
    expect(Array.from(result.message.values)).toEqual([0.5]);
    const printed = scope.events.filter((e) => e.type === 'display' && e.message.kind === 'console');
    expect(printed[0]).toMatchObject({ cellId: 'pad-cell', message: { lines: [{ parts: ['called'] }] } });
  });

  it('merges drawings sent during a run and calls onChange once with the latest, after the run', async () => {
    await start(
      'globalThis.seen = []; const pad2 = show.drawPad({ size: 4, onChange: (pixels) => { seen.push(pixels[0]); return String(seen.length); } });',
      'pad2-cell',
    );
    const padId = ((await scope.next(padCreated)).message as { id: string }).id;
    const running = start('await sleep(200); console.log(seen.length);', 'slow-cell');
    for (const v of [0.1, 0.2, 0.3]) scope.send({ type: 'input', padId, pixels: drawing(v) });
    const end = await running;
    expect(end.type).toBe('done');
    const result = await scope.next(padResult);
    expect(result.message.text).toBe('1');
    const seen = (globalThis as unknown as { seen: number[] }).seen;
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeCloseTo(0.3, 6);
  });

  it('sends a pad’s updates to the pad’s cell when another cell strokes it', async () => {
    await start('const pad4 = show.drawPad({ size: 4, onChange: (pixels) => [pixels[0]] });', 'pad4-cell');
    const created = await scope.next(padCreated);
    scope.events.length = 0;
    const end = await start('await pad4.stroke([[0, 0]]);', 'stroke-cell');
    expect(end.type).toBe('done');
    const updates = scope.events.filter((e): e is DisplayEvent => e.type === 'display' && e.message.kind.startsWith('drawpad-'));
    expect(updates.map((e) => [e.message.kind, e.cellId, e.runId])).toEqual([
      ['drawpad-set', 'pad4-cell', created.runId],
      ['drawpad-result', 'pad4-cell', created.runId],
    ]);
    scope.events.length = 0;
  });

  it('shows what a throwing onChange threw, and ignores a pad whose cell ran again', async () => {
    await start("show.drawPad({ size: 4, onChange: () => { throw new TypeError('model is not defined'); } });", 'pad3-cell');
    const padId = ((await scope.next(padCreated)).message as { id: string }).id;
    scope.send({ type: 'input', padId, pixels: drawing(1) });
    const result = await scope.next(padResult);
    expect(result.message).toMatchObject({ status: 'error', text: 'onChange threw TypeError: model is not defined' });
    await start("console.log('no pad now');", 'pad3-cell');
    scope.events.length = 0;
    scope.send({ type: 'input', padId, pixels: drawing(1) });
    await start('1;', 'probe-cell');
    expect(scope.events.some(padResult)).toBe(false);
  });
});
