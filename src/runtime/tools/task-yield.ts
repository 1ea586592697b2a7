/**
 * One turn of the real event loop, with no timer clamp: `setImmediate` where there is one
 * (node), else a message on one MessageChannel kept for the realm's life (creating a channel per
 * yield would cost more than the yield itself), else a 0 ms timeout. The load generator waits on
 * it between sends, and the virtual clock to let every settled promise's callbacks run.
 */
export function createTaskYield(): () => Promise<void> {
  if (typeof setImmediate === 'function') return () => new Promise((resolve) => setImmediate(resolve));
  if (typeof MessageChannel !== 'function') return () => new Promise((resolve) => setTimeout(resolve, 0));
  let channel: MessageChannel | null = null;
  const waiting: Array<() => void> = [];
  return () =>
    new Promise<void>((resolve) => {
      if (!channel) {
        channel = new MessageChannel();
        channel.port1.onmessage = () => waiting.shift()?.();
      }
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}
