/**
 * The inside of a service worker (browser or node): loads the model from the artifacts it is
 * sent (tf.loadLayersModel(tf.io.fromMemory(…))), wraps it in the pure service core
 * (src/service/) and answers each request. Requests that arrive while the model loads wait for
 * it; if it cannot load, they (and later ones) are answered 500 with the reason.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { createModelPredict } from '../../service/model-predict.ts';
import { serverError } from '../../service/responses.ts';
import { createServiceCore, type ServiceCore } from '../../service/service-core.ts';
import type { ServiceCommand, ServiceEvent } from './service-protocol.ts';
import { serviceMessages } from './service-messages.ts';
import { useLocale } from '../../i18n/localized.ts';

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Returns the handler of the commands a service worker receives; `post` sends its events. */
export function createServiceHost(tf: typeof tfjs, post: (event: ServiceEvent) => void): (command: ServiceCommand) => void {
  let core: Promise<ServiceCore | { failed: string; version: string }> | undefined;

  async function load(command: Extract<ServiceCommand, { type: 'load' }>): Promise<ServiceCore | { failed: string; version: string }> {
    try {
      const model = await tf.loadLayersModel(tf.io.fromMemory(command.artifacts));
      const predict = createModelPredict(tf, model, command.options.input);
      // One warm-up call, so the first request does not pay for kernel set-up. A model that does
      // not take the spec's shape fails here too; its requests will say so (500).
      await predict([new Array<number>(command.options.input.shape.reduce((a, b) => a * b, 1)).fill(command.options.input.min ?? 0)]).catch(
        () => undefined,
      );
      post({ type: 'loaded', backend: tf.getBackend() });
      return createServiceCore(command.options, predict);
    } catch (error) {
      const message = serviceMessages.loadFailed(reasonOf(error));
      post({ type: 'load-failed', message });
      return { failed: message, version: command.options.version };
    }
  }

  return (command) => {
    if (command.type === 'load') {
      // The starter's language, and its texts of every area loaded on demand, before the model loads
      // (requests wait for it): the service's answers speak it.
      core ??= useLocale(command.locale).then(() => load(command));
      return;
    }
    void (async () => {
      const ready = await core;
      if (!ready) return;
      if ('failed' in ready) {
        const stats = { answered: { 200: 0, 400: 0, 500: 0, 503: 0 }, batches: 0, meanBatchSize: 0, largestBatch: 0, queueLength: 0 };
        post({ type: 'response', id: command.id, response: serverError(ready.version, ready.failed), stats });
        return;
      }
      const response = await ready.handle(command.body);
      post({ type: 'response', id: command.id, response, stats: ready.stats() });
    })();
  };
}
