/**
 * One turn of the event loop, without the timer clamp. Training callbacks yield after each epoch
 * so queued output and incoming messages get their turn; `setTimeout(resolve, 0)` would do that,
 * but browsers clamp nested timeouts to at least 4 ms after five levels, and a training loop's
 * yields are all nested (each epoch resumes inside the previous yield's timer task). Fifteen
 * epochs then sleep ~60 ms doing nothing, and on a busy machine each wake-up can wait for a
 * core. A MessageChannel message is a task of its own that is queued at once: no sleep, no clamp.
 */

/** What the yield needs from its environment (tests replace it). */
export interface YieldEnvironment {
  MessageChannel?: typeof MessageChannel | undefined;
  setTimeout: (callback: () => void, ms: number) => unknown;
}

const defaultEnvironment = (): YieldEnvironment => ({
  MessageChannel: typeof MessageChannel === 'function' ? MessageChannel : undefined,
  setTimeout: (callback, ms) => setTimeout(callback, ms),
});

/** Resolves in a new task, after the tasks already queued; falls back to a 0 ms timeout. */
export function yieldToEventLoop(environment: YieldEnvironment = defaultEnvironment()): Promise<void> {
  return new Promise<void>((resolve) => {
    const Channel = environment.MessageChannel;
    if (!Channel) {
      environment.setTimeout(resolve, 0);
      return;
    }
    const channel = new Channel();
    channel.port1.onmessage = () => {
      channel.port1.close(); // an open port would keep a Node process alive
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
