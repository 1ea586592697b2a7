import { describe, expect, it } from 'vitest';
import { ToolError } from '../../../src/runtime/tools/errors.ts';
import { sleep } from '../../../src/runtime/tools/sleep.ts';

describe('sleep', () => {
  it('waits at least the given time', async () => {
    const start = performance.now();
    await sleep(30);
    expect(performance.now() - start).toBeGreaterThanOrEqual(25);
  });

  it('lets other tasks run meanwhile', async () => {
    let ran = false;
    setTimeout(() => (ran = true), 0);
    await sleep(10);
    expect(ran).toBe(true);
  });

  it('rejects negative or non-numeric times with a ToolError', async () => {
    await expect(sleep(-1)).rejects.toThrow(ToolError);
    await expect(sleep(Number.NaN)).rejects.toThrow('sleep(ms) needs a number of milliseconds of at least 0, got NaN.');
  });
});
