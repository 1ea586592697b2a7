/**
 * Starts `npm run serve:model` as a separate node process (same script, same loader), so the
 * load test's generator and the server do not share one event loop: a client on the same
 * thread as the server would steal the very time it is measuring.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A server process, its URL and a way to stop it. */
export interface ServerProcess {
  url: string;
  name: string;
  /** SIGTERM, then waits for it to exit. */
  stop(): Promise<void>;
}

/** The line the server prints once it listens (see serverMessages.listening). */
const LISTENING = /Serving '([^']+)' \(version [^)]*\) at (http:\/\/[^\s]+)/;

/** Runs scripts/serve-model.ts with `args` (which must not ask for a load test) and waits until it listens. */
export function startServerProcess(args: readonly string[], timeoutMs = 60_000): Promise<ServerProcess> {
  const script = fileURLToPath(new URL('../serve-model.ts', import.meta.url));
  const child = spawn(process.execPath, [...process.execArgv, script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`the server did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const fail = () => {
      clearTimeout(timer);
      reject(new Error(output.trim()));
    };
    child.once('exit', fail);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.off('exit', fail);
      resolve({
        name: match[1] ?? '',
        url: match[2] ?? '',
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}
