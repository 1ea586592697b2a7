/**
 * Messages between the thread that starts a model service (the kernel worker, or a node test)
 * and the service's own worker. The starter sends the model's artifacts once, then request
 * bodies as JSON text (what an HTTP client would send); the service answers each with its
 * response and its stats at that moment. Stopping is terminating the worker.
 */
import type * as tfjs from '@tensorflow/tfjs';
import type { ServiceResponse } from '../../service/request-format.ts';
import type { ServiceStats } from '../../service/service-core.ts';
import type { ServiceOptions } from '../../service/request-format.ts';
import type { Locale } from '../../i18n/locales.ts';

/** Starter → service. */
export type ServiceCommand =
  /**
   * The model (as saved by tf.io.withSaveHandler) and the parsed options; sent once, first.
   * `locale`: the starter's language (a worker has no document), which the service's answers speak.
   */
  | { type: 'load'; artifacts: tfjs.io.ModelArtifacts; options: ServiceOptions; locale: Locale }
  /** One request: `body` is its JSON text. */
  | { type: 'request'; id: number; body: string };

/** Service → starter. */
export type ServiceEvent =
  /** The model loaded; requests are being served. */
  | { type: 'loaded'; backend: string }
  /** The model could not be loaded (the service answers every request 500 with this reason). */
  | { type: 'load-failed'; message: string }
  /** The answer to request `id`. */
  | { type: 'response'; id: number; response: ServiceResponse; stats: ServiceStats };

/** A connection to a service worker: the browser's Worker or node's worker_threads behind one face. */
export interface ServiceEndpoint {
  post(command: ServiceCommand): void;
  onMessage(listener: (event: ServiceEvent) => void): void;
  /** Called once if the worker dies on its own (an uncaught error, out of memory). */
  onExit(listener: (reason: string) => void): void;
  /** Ends the worker at once. */
  terminate(): void;
}

/** Opens a fresh service worker. */
export type OpenServiceEndpoint = () => ServiceEndpoint;
