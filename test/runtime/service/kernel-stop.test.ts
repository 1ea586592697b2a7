/**
 * Stop and Restart terminate the kernel worker; a service it started is a worker nested in it
 * and must die too. Node's worker threads are OS threads, so the process's thread count
 * (/proc/self/task, Linux) shows whether the nested one is gone.
 */
import { readdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

const threads = () => readdirSync('/proc/self/task').length;

describe.runIf(process.platform === 'linux')('a service started by a worker', () => {
  it('ends when that worker is terminated', async () => {
    const before = threads();
    const kernel = new Worker(new URL('./fixtures/kernel-like-worker.mjs', import.meta.url), { stdout: true, stderr: true });
    const started = await new Promise<{ status: number }>((resolve, reject) => {
      kernel.once('message', resolve);
      kernel.once('error', reject);
    });
    expect(started.status).toBe(200);
    const running = threads();
    // The kernel-like worker and the service's own thread, at least.
    expect(running - before).toBeGreaterThanOrEqual(2);
    await kernel.terminate();
    const deadline = Date.now() + 5000;
    while (threads() > before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(threads()).toBeLessThanOrEqual(before);
  });
});
