/**
 * A stand-in for the kernel worker's global scope, so the real kernel (src/runtime/kernel/kernel.ts)
 * runs in node: the test sends it requests as the page does and reads the events it posts.
 */
import type { KernelEvent } from '../../../src/runtime/protocol';

export class FakeKernelScope extends EventTarget {
  readonly crossOriginIsolated = false;
  /** Events posted and not yet taken by `next`. */
  readonly events: KernelEvent[] = [];
  readonly #waiters: Array<() => void> = [];

  postMessage(event: KernelEvent): void {
    this.events.push(event);
    for (const wake of this.#waiters.splice(0)) wake();
  }

  /** Sends a request to the kernel, as the page's postMessage does. */
  send(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }

  /** The first event matching `predicate`, waiting for it if need be; it stays in `events`. */
  async seen<T extends KernelEvent>(predicate: (event: KernelEvent) => event is T): Promise<T> {
    for (;;) {
      const found = this.events.find(predicate);
      if (found) return found;
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
  }

  /** As `seen`, but the event is taken from `events`, so the next call finds a later one. */
  async next<T extends KernelEvent>(predicate: (event: KernelEvent) => event is T): Promise<T> {
    const found = await this.seen(predicate);
    this.events.splice(this.events.indexOf(found), 1);
    return found;
  }
}
