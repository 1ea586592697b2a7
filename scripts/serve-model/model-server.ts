/**
 * The HTTP server of `npm run serve:model` (node): TensorFlow Serving's REST routes around the
 * service core the in-browser service uses (src/service/), so a request answered in a lesson's
 * cell is answered the same here, status, version, validation, batching and all.
 *
 *   POST /v1/models/<name>:predict   { "instances": [...] } → the core's response, HTTP status = its status
 *   GET  /v1/models/<name>           { model_version_status: [{ version, state: 'AVAILABLE', … }] }
 *   GET  /v1/models/<name>/metadata  { model_spec, metadata: { input, maxInstances, batching, … }, stats }
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type * as tfjs from '@tensorflow/tfjs';
import { createModelPredict } from '../../src/service/model-predict.ts';
import type { ServiceOptions } from '../../src/service/request-format.ts';
import { createServiceCore, type ServiceCore } from '../../src/service/service-core.ts';
import { serverMessages } from './server-messages.ts';

/** Largest request body read; more is answered 413 without reading on. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** A running server. */
export interface ModelServer {
  /** e.g. http://127.0.0.1:8501 */
  readonly url: string;
  /** The predict URL, e.g. http://127.0.0.1:8501/v1/models/digits:predict */
  readonly predictUrl: string;
  readonly core: ServiceCore;
  /** Stops the core (waiting requests get 503) and closes the server and its connections. */
  close(): Promise<void>;
}

/** What to serve and where. */
export interface ModelServerOptions {
  tf: typeof tfjs;
  model: tfjs.LayersModel;
  /** The <name> of /v1/models/<name>. */
  name: string;
  service: ServiceOptions;
  /** Default 127.0.0.1: loopback only. */
  host?: string;
  /** Default 8501; 0 picks a free port. */
  port?: number;
}

type Json = Record<string, unknown>;

function send(response: ServerResponse, status: number, body: Json): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

/** The request body as text, or null when it is over {@link MAX_BODY_BYTES}. */
async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (bytes > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts serving; resolves once the server listens. */
export async function startModelServer(options: ModelServerOptions): Promise<ModelServer> {
  const { tf, model, name, service } = options;
  const core = createServiceCore(service, createModelPredict(tf, model, service.input));
  const { version } = service;
  const fail = (response: ServerResponse, status: number, message: string) =>
    send(response, status, { status, version, error: { message } });

  const route = /^\/v1\/models\/([^/:]+)(:predict|\/metadata)?$/;
  const server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const match = route.exec(path);
      if (!match) return fail(response, 404, serverMessages.notFound(path, name));
      const [, asked = '', action = ''] = match;
      if (decodeURIComponent(asked) !== name) return fail(response, 404, serverMessages.unknownModel(decodeURIComponent(asked), name));
      const method = request.method ?? 'GET';
      if (action === ':predict') {
        if (method !== 'POST') return fail(response, 405, serverMessages.methodNotAllowed(method, path, 'POST'));
        const body = await readBody(request);
        if (body === null) {
          response.setHeader('connection', 'close');
          return fail(response, 413, serverMessages.bodyTooLarge(MAX_BODY_BYTES));
        }
        // The core parses the JSON text itself, so a malformed body is its 400, worded as in the browser.
        const answer = await core.handle(body);
        return send(response, answer.status, answer as unknown as Json);
      }
      if (method !== 'GET') return fail(response, 405, serverMessages.methodNotAllowed(method, path, 'GET'));
      if (action === '/metadata') {
        const { input, maxInstances, batching, maxQueueLength } = service;
        return send(response, 200, {
          model_spec: { name, version },
          metadata: { input, maxInstances, batching, maxQueueLength: Number.isFinite(maxQueueLength) ? maxQueueLength : null },
          stats: core.stats(),
        });
      }
      return send(response, 200, {
        model_version_status: [{ version, state: core.stopped ? 'END' : 'AVAILABLE', status: { error_code: 'OK', error_message: '' } }],
      });
    })().catch((error: unknown) => {
      if (!response.headersSent) fail(response, 500, error instanceof Error ? error.message : String(error));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8501, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  return {
    url,
    predictUrl: `${url}/v1/models/${encodeURIComponent(name)}:predict`,
    core,
    async close() {
      core.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 1000).unref();
      });
    },
  };
}
