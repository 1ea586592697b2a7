/**
 * `service` in a code cell: `service.start(model, options)` serves a tf.LayersModel from its own
 * worker behind a JSON request/response API (TF Serving's REST format, see src/service/), and
 * `svc.request(body)` sends it one request. Every answer is data with a status and the version:
 * 200, 400 for a bad request (naming the field), 500 when the model throws, 503 once stopped.
 *
 * The model travels as its saved artifacts (tf.io.withSaveHandler), is loaded in the worker with
 * tf.loadLayersModel(tf.io.fromMemory(…)); the kernel's copy stays the learner's. Request bodies
 * travel as JSON text, exactly what an HTTP client would send to `npm run serve:model`.
 * `svc.stop()` (or `service.stopAll()`) terminates the worker and answers every pending request
 * 503; Stop and Restart of the kernel end it too, since the worker is nested in the kernel's.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { describeValue } from '../../service/describe-value.ts';
import type { ServiceOptions, ServiceResponse } from '../../service/request-format.ts';
import { badRequest, unavailable, UNAVAILABLE } from '../../service/responses.ts';
import type { ServiceStats } from '../../service/service-core.ts';
import { parseServiceOptions } from '../../service/service-options.ts';
import { requestError } from '../../service/validate-request.ts';
import { requestMessages } from '../../service/service-messages.ts';
import { currentLocale } from '../../i18n/current-locale.ts';
import type { Tf } from '../tools/tf-type.ts';
import { MAX_SERVICES, ServiceError, serviceMessages } from './service-messages.ts';
import type { OpenServiceEndpoint, ServiceEndpoint, ServiceEvent } from './service-protocol.ts';

/** What `svc.stats()` reports: the service's own counts, plus what the caller is waiting for. */
export interface ServiceClientStats extends ServiceStats {
  /** Requests sent and not answered yet. */
  inFlight: number;
  /** True once stopped. */
  stopped: boolean;
}

/** A running model service. */
export interface ModelService {
  /** The version every response carries. */
  readonly version: string;
  /** The options it runs with, defaults filled. */
  readonly options: ServiceOptions;
  /** Sends one request (an object, or its JSON text); resolves with the response, never rejects. */
  request(body: unknown): Promise<ServiceResponse>;
  /** Batches run, mean batch size, answers by status, queue length, requests in flight. */
  stats(): ServiceClientStats;
  /** Ends the worker; pending and later requests are answered 503. */
  stop(): Promise<void>;
}

/** The `service` global. */
export interface ServiceApi {
  /** Starts serving `model` in its own worker; resolves once the model is loaded there. */
  start(model: tfjs.LayersModel, options: unknown): Promise<ModelService>;
  /** Stops every service this kernel started (loading ones included). */
  stopAll(): Promise<void>;
  /** How many services are running (or loading). */
  readonly running: number;
}

/** What the thread gives the service API: how to open a service worker (absent: the browser's Worker). */
export interface ServiceHost {
  openService?: OpenServiceEndpoint | undefined;
}

const EMPTY_STATS: ServiceStats = {
  answered: { 200: 0, 400: 0, 500: 0, 503: 0 },
  batches: 0,
  meanBatchSize: 0,
  largestBatch: 0,
  queueLength: 0,
};

/** The model's artifacts, as model.save would write them, without writing anywhere. */
async function artifactsOf(tf: Tf, model: tfjs.LayersModel): Promise<tfjs.io.ModelArtifacts> {
  let captured: tfjs.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  if (!captured) throw new ServiceError(serviceMessages.notAModel(serviceMessages.savedNothing));
  return captured;
}

/** Turns a request body into the JSON text the service receives, or the 400 it earns. */
function jsonOf(body: unknown): { text: string } | { error: ReturnType<typeof requestError> } {
  if (typeof body === 'string') return { text: body };
  try {
    const text = JSON.stringify(body) as string | undefined;
    if (text === undefined) return { error: requestError('(body)', requestMessages.anObject, describeValue(body)) };
    return { text };
  } catch (error) {
    return {
      error: requestError(
        '(body)',
        serviceMessages.notJson(error instanceof Error ? error.message : String(error)),
        serviceMessages.jsonCannotCarry,
      ),
    };
  }
}

/**
 * Connects to a freshly opened service worker: sends the model, and gives the service (usable at
 * once: requests wait in the worker until the model loads) and a promise of its loading.
 */
export function connectService(
  endpoint: ServiceEndpoint,
  artifacts: tfjs.io.ModelArtifacts,
  options: ServiceOptions,
  onStop: () => void = () => {},
): { service: ModelService; loaded: Promise<void> } {
  const { version } = options;
  const pending = new Map<number, (response: ServiceResponse) => void>();
  const answered = { 200: 0, 400: 0, 500: 0, 503: 0 };
  let latest = EMPTY_STATS;
  let nextId = 0;
  let stopped = false;
  let settleLoad: { resolve: () => void; reject: (error: Error) => void } | undefined;
  const loaded = new Promise<void>((resolve, reject) => (settleLoad = { resolve, reject }));
  loaded.catch(() => {});

  const count = (response: ServiceResponse) => {
    answered[response.status] += 1;
    return response;
  };
  const end = (reason: string, loadError: string) => {
    if (stopped) return;
    stopped = true;
    endpoint.terminate();
    settleLoad?.reject(new ServiceError(loadError));
    for (const resolve of pending.values()) resolve(count(unavailable(version, reason)));
    pending.clear();
    onStop();
  };

  endpoint.onMessage((event: ServiceEvent) => {
    if (event.type === 'loaded') settleLoad?.resolve();
    else if (event.type === 'load-failed') settleLoad?.reject(new ServiceError(`service.start: ${event.message}`));
    else if (event.type === 'response') {
      latest = event.stats;
      const resolve = pending.get(event.id);
      pending.delete(event.id);
      resolve?.(count(event.response));
    }
  });
  endpoint.onExit((reason) => end(serviceMessages.workerEnded(reason), `service.start: ${serviceMessages.workerEnded(reason)}`));
  endpoint.post({ type: 'load', artifacts, options, locale: currentLocale() });

  const service: ModelService = {
    version,
    options,
    request(body) {
      if (stopped) return Promise.resolve(count(unavailable(version, UNAVAILABLE.stopped)));
      const json = jsonOf(body);
      if ('error' in json) return Promise.resolve(count(badRequest(version, json.error)));
      const id = nextId++;
      return new Promise<ServiceResponse>((resolve) => {
        pending.set(id, resolve);
        endpoint.post({ type: 'request', id, body: json.text });
      });
    },
    stats: () => ({ ...latest, answered: { ...answered }, inFlight: pending.size, stopped }),
    async stop() {
      end(UNAVAILABLE.stopped, serviceMessages.stoppedWhileLoading);
    },
  };
  return { service, loaded };
}

const isLayersModel = (value: unknown): value is tfjs.LayersModel =>
  typeof value === 'object' && value !== null && typeof (value as { save?: unknown }).save === 'function' && 'layers' in value;

/** Creates the `service` global over `tf`; `open` opens a service worker (the browser's or a node thread). */
export function createServiceApi(tf: Tf, open: OpenServiceEndpoint): ServiceApi {
  const running = new Set<ModelService>();
  return {
    async start(model, rawOptions) {
      if (!isLayersModel(model)) throw new ServiceError(serviceMessages.notAModel(describeValue(model)));
      const options = parseServiceOptions(rawOptions);
      if (running.size >= MAX_SERVICES) throw new ServiceError(serviceMessages.tooMany(MAX_SERVICES));
      const artifacts = await artifactsOf(tf, model);
      const { service, loaded } = connectService(open(), artifacts, options, () => running.delete(service));
      running.add(service);
      try {
        await loaded;
      } catch (error) {
        await service.stop();
        throw error;
      }
      return service;
    },
    async stopAll() {
      await Promise.all([...running].map((service) => service.stop()));
    },
    get running() {
      return running.size;
    },
  };
}
