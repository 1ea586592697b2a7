/**
 * Runs one request in a fresh bare worker and hands each reply to `onReply`; resolves when the
 * worker says `done`, rejects on `error` or a crash. The worker is always terminated.
 */
import { currentLocale } from '../i18n/current-locale';
import { speedMessages } from './messages';
import type { BenchReply, BenchRequest } from './protocol';

/** Sends `request` to a new bare worker and streams its replies. */
export function runBenchWorker(request: BenchRequest, onReply: (reply: BenchReply) => void): Promise<void> {
  const worker = new Worker(new URL('./bare.worker.ts', import.meta.url), { type: 'module', name: `bench-${request.backend}` });
  return new Promise<void>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<BenchReply>) => {
      const reply = event.data;
      if (reply.type === 'done') resolve();
      else if (reply.type === 'error') reject(new Error(reply.message));
      else onReply(reply);
    });
    worker.addEventListener('error', (event) => reject(new Error(event.message || speedMessages.workerCrashed())));
    worker.postMessage({ ...request, locale: currentLocale() } satisfies BenchRequest);
  }).finally(() => worker.terminate());
}
