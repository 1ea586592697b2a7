/**
 * A CPU-burning neighbour: a node process that spins on one core, the way another build or test
 * run on a shared machine does. It stops by itself after `seconds` (so a crashed bench never
 * leaves it behind for long), and `stop()` ends it sooner.
 */
import { spawn } from 'node:child_process';

/** A running neighbour. */
export interface Neighbour {
  readonly pid: number | undefined;
  /** Ends the process (if still running) and waits for it to exit. */
  stop(): Promise<void>;
}

/** The program: spin until the deadline, checking the clock every million iterations. */
export function burnProgram(milliseconds: number): string {
  return `const end = Date.now() + ${Math.round(milliseconds)}; let x = 0; while (Date.now() < end) { for (let i = 0; i < 1e6; i += 1) x += Math.sqrt(i); } if (x < 0) console.log(x);`;
}

/** Starts one burning process, bounded to `seconds`. */
export function startNeighbour(seconds: number): Neighbour {
  if (!(seconds > 0)) throw new Error(`the neighbour needs a positive time bound, got ${seconds} s`);
  const child = spawn(process.execPath, ['-e', burnProgram(seconds * 1000)], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  return {
    pid: child.pid,
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
