/// <reference lib="webworker" />
/**
 * Keeps the messages a module worker receives before its code is ready to take them. A worker's
 * modules may wait at their top level (each message area downloads its texts first,
 * src/i18n/localized.ts), and a worker's entry runs only once every module it imports is ready:
 * a message that arrives meanwhile finds no listener and is lost, and a page waiting for the
 * answer waits forever.
 *
 * A worker entry imports this module first, so it runs before any module that waits; it holds
 * every message from then on. Once the entry has added its own 'message' listener it calls
 * `releaseEarlyMessages()`, which dispatches the held messages again, in the order they came.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const held: MessageEvent<unknown>[] = [];
let holding = true;

function hold(event: MessageEvent<unknown>): void {
  event.stopImmediatePropagation();
  held.push(event);
}
scope.addEventListener('message', hold);

/** Stops holding and dispatches the held messages to the worker's own listeners, in order. */
export function releaseEarlyMessages(): void {
  if (!holding) return;
  holding = false;
  scope.removeEventListener('message', hold);
  for (const event of held.splice(0))
    scope.dispatchEvent(new MessageEvent<unknown>('message', { data: event.data, ports: [...event.ports] }));
}
