import { describe, expect, it } from 'vitest';
import { startNeighbour } from '../../../scripts/bench/neighbour.ts';

const alive = (pid: number | undefined) => {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the CPU-burning neighbour', () => {
  it('runs until stopped', async () => {
    const neighbour = startNeighbour(60);
    expect(alive(neighbour.pid)).toBe(true);
    await neighbour.stop();
    expect(alive(neighbour.pid)).toBe(false);
  });

  it('stops by itself at its time bound', async () => {
    const started = Date.now();
    const neighbour = startNeighbour(0.3);
    const pid = neighbour.pid;
    while (alive(pid) && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(alive(pid)).toBe(false);
    await neighbour.stop();
  });

  it('refuses an unbounded run', () => {
    expect(() => startNeighbour(0)).toThrow(/positive time bound/);
  });
});
