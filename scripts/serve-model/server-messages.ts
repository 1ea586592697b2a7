/**
 * Everything `npm run serve:model` says, to the person running it and to its HTTP clients, in one
 * place. Pinned by test/scripts/serve-model.test.ts.
 */
import { formatShort } from '../../src/runtime/display/messages.ts';
import { WARM_UP_REQUESTS } from './load-test.ts';

export const USAGE = [
  'Usage: npm run serve:model -- <model> [options]',
  '  <model>                 name.zip from models.save(model, "downloads://name"), the folder it unzips to, or its model.json',
  "  --port <n>              port on 127.0.0.1 (default 8501, TF Serving's REST port; 0 picks a free one)",
  '  --host <address>        address to listen on (default 127.0.0.1: this machine only)',
  '  --version <text>        the version every answer carries (default 1)',
  "  --shape <a,b,…>         shape of one instance (default: the model's input shape)",
  '  --dtype float32|int32   (default float32)',
  '  --min <x> --max <x>     bounds of every input value (default: none)',
  '  --max-instances <n>     most instances per request, else 400 (default 64)',
  '  --batching <n>,<ms>     dynamic batching: max batch size and max queue wait (e.g. 32,5); default off',
  '  --max-queue <n>         most requests waiting, one more is a 503 (default: no limit)',
  '  --load-test             instead of serving until Ctrl+C: load-test the server on loopback, print percentiles, exit',
  "  --rate <n> --duration-ms <n>   the load test's arrival rate (default 200/s) and length (default 2000 ms)",
].join('\n');

const ms = (value: number) => `${formatShort(value)} ms`;

export const serverMessages = {
  usage: () => USAGE,
  badArgument: (argument: string, expected: string, got: string) => `serve:model: ${argument} expects ${expected}, got ${got}.\n\n${USAGE}`,
  unknownArgument: (argument: string) => `serve:model: unknown option ${argument}.\n\n${USAGE}`,
  noModel: () => `serve:model: which model? Pass its zip, folder or model.json.\n\n${USAGE}`,
  modelPathMissing: (path: string) =>
    `serve:model: there is nothing at ${path}. Pass the name.zip your browser downloaded (models.save(model, 'downloads://name')), ` +
    'the folder it unzips to, or its model.json.',
  modelUnreadable: (path: string, reason: string) =>
    `serve:model: ${path} is not a tfjs model this server can read (${reason}). ` +
    "Export it again from a lesson with models.save(model, 'downloads://name').",
  badOptions: (message: string) => `serve:model: ${message}`,
  listening: (url: string, name: string, version: string) =>
    `Serving '${name}' (version ${version}) at ${url}\n` +
    `  POST ${url}/v1/models/${name}:predict   body { "instances": [[…], …] }\n` +
    `  GET  ${url}/v1/models/${name}           status\n` +
    `  GET  ${url}/v1/models/${name}/metadata  input spec, limits, batching\n` +
    'Press Ctrl+C to stop.',
  stopping: () => 'Stopping: waiting requests are answered 503.',

  // HTTP answers that the service core does not give (it answers predict bodies).
  unknownModel: (asked: string, served: string) => `no model named '${asked}' here; this server serves '${served}'`,
  notFound: (path: string, name: string) =>
    `nothing at ${path}; POST /v1/models/${name}:predict, GET /v1/models/${name} or GET /v1/models/${name}/metadata`,
  methodNotAllowed: (method: string, path: string, allowed: string) => `${method} is not allowed on ${path}; use ${allowed}`,
  bodyTooLarge: (limit: number) => `the request body is over ${limit.toLocaleString('en-US')} bytes`,

  // The load test's report.
  loadTestStart: (rate: number, durationMs: number, url: string) =>
    `Load test: ${rate} requests/s for ${durationMs} ms (open loop: each request measured from its intended send time, ` +
    `after ${WARM_UP_REQUESTS} unmeasured warm-up requests) against ${url}`,
  loadTestResult: (r: {
    offeredRate: number | null;
    achievedRate: number;
    throughput: number;
    sent: number;
    completed: number;
    errors: number;
    latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  }) =>
    [
      `offered ${formatShort(r.offeredRate ?? 0)}/s, achieved ${formatShort(r.achievedRate)}/s, throughput ${formatShort(r.throughput)}/s`,
      `sent ${r.sent}, completed ${r.completed}, errors ${r.errors}`,
      `latency p50 ${ms(r.latencyMs.p50)}, p95 ${ms(r.latencyMs.p95)}, p99 ${ms(r.latencyMs.p99)}, max ${ms(r.latencyMs.max)}, mean ${ms(r.latencyMs.mean)}`,
    ].join('\n'),
  loadTestServer: (batches: number, meanBatchSize: number) =>
    `server: ${batches} predict calls (warm-up included), ${formatShort(meanBatchSize)} instances per call on average`,
} as const;
