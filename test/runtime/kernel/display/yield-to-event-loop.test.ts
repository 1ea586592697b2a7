import { describe, expect, it } from 'vitest';
import { yieldToEventLoop } from '../../../../src/runtime/kernel/display/yield-to-event-loop';

describe('yieldToEventLoop', () => {
  it('resolves in a later task: microtasks queued now and a message posted before it run first', async () => {
    const order: string[] = [];
    const earlier = new MessageChannel();
    earlier.port1.onmessage = () => {
      order.push('earlier message');
      earlier.port1.close();
    };
    earlier.port2.postMessage(null);
    const yielded = yieldToEventLoop().then(() => order.push('yield'));
    void Promise.resolve().then(() => order.push('microtask'));
    await yielded;
    expect(order).toEqual(['microtask', 'earlier message', 'yield']);
  });

  it('uses a message, not a timer, when MessageChannel exists', async () => {
    const timers: number[] = [];
    await yieldToEventLoop({ MessageChannel, setTimeout: (_callback, ms) => void timers.push(ms) });
    expect(timers).toEqual([]);
  });

  it('falls back to a 0 ms timeout without MessageChannel', async () => {
    const timers: number[] = [];
    let resolved = false;
    let fire: (() => void) | undefined;
    const yielded = yieldToEventLoop({
      MessageChannel: undefined,
      setTimeout: (callback, ms) => {
        timers.push(ms);
        fire = callback;
      },
    }).then(() => {
      resolved = true;
    });
    await Promise.resolve();
    expect(timers).toEqual([0]);
    expect(resolved).toBe(false);
    fire?.();
    await yielded;
    expect(resolved).toBe(true);
  });
});
