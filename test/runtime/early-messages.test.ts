// @vitest-environment happy-dom
/**
 * A worker's early messages: held from the moment the entry's first import runs, then handed to
 * the worker's own listener in order once it is there, so none is lost while modules get ready.
 */
import { describe, expect, it } from 'vitest';
import { releaseEarlyMessages } from '../../src/runtime/early-messages';

const post = (data: unknown) => self.dispatchEvent(new MessageEvent('message', { data }));

describe('a worker’s early messages', () => {
  it('are held until the worker listens, then delivered in order; later ones go straight through', () => {
    post({ type: 'init', n: 1 });
    post({ type: 'run', n: 2 });
    const received: unknown[] = [];
    self.addEventListener('message', (event: MessageEvent) => received.push(event.data));
    expect(received).toEqual([]);
    releaseEarlyMessages();
    expect(received).toEqual([
      { type: 'init', n: 1 },
      { type: 'run', n: 2 },
    ]);
    post({ type: 'stop', n: 3 });
    releaseEarlyMessages();
    expect(received).toEqual([
      { type: 'init', n: 1 },
      { type: 'run', n: 2 },
      { type: 'stop', n: 3 },
    ]);
  });
});
