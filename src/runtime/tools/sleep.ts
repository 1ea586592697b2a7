import { ToolError } from './errors.ts';
import { toolMessages } from './messages.ts';

/** `sleep(ms)` in a code cell: resolves after `ms` milliseconds, letting the worker answer messages meanwhile. */
export function sleep(ms: number): Promise<void> {
  if (typeof ms !== 'number' || !(ms >= 0)) return Promise.reject(new ToolError(toolMessages.badSleep(ms)));
  return new Promise((resolve) => setTimeout(resolve, ms));
}
