/**
 * The load test of `npm run serve:model -- <model> --load-test` (node): the lessons' own open-loop
 * generator (`load.open`, src/runtime/tools/load/) sends one valid request after another over HTTP
 * on a kept-alive connection pool, at a constant arrival rate, and reports the same percentiles
 * the lessons print. Latency counts from each request's intended send time (no coordinated omission).
 */
import { Agent, request } from 'node:http';
import { createLoadApi, type LoadResult } from '../../src/runtime/tools/load/load-api.ts';
import { mulberry32 } from '../../src/runtime/tools/random.ts';
import type { InputSpec } from '../../src/service/request-format.ts';

/** One instance the spec accepts: seeded values in [min, max] (or [0, 1] where a bound is missing). */
export function sampleInstance(spec: InputSpec, seed = 1): unknown {
  const random = mulberry32(seed);
  const low = spec.min ?? (spec.max !== undefined ? Math.min(0, spec.max) : 0);
  const high = spec.max ?? low + 1;
  const value = () => (spec.dtype === 'int32' ? Math.round(low + random() * (high - low)) : low + random() * (high - low));
  const build = (depth: number): unknown =>
    depth === spec.shape.length ? value() : Array.from({ length: spec.shape[depth] ?? 0 }, () => build(depth + 1));
  return build(0);
}

/** POSTs `body` to `url` on `agent`; resolves with the parsed answer (it carries `status`). */
export function postJson(url: string, body: string, agent: Agent): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { status?: unknown };
            resolve({ ...answer, status: typeof answer.status === 'number' ? answer.status : (response.statusCode ?? 0) });
          } catch {
            resolve({ status: response.statusCode ?? 0 });
          }
        });
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** Requests sent one by one before the measured run, so the server's first calls (JIT, first predict) are not in it. */
export const WARM_UP_REQUESTS = 20;

/**
 * Sends `rate` requests per second for `durationMs` to `predictUrl`, each with one instance of
 * `spec`, after {@link WARM_UP_REQUESTS} unmeasured ones.
 */
export async function runLoadTest(options: { predictUrl: string; spec: InputSpec; rate: number; durationMs: number }): Promise<LoadResult> {
  const body = JSON.stringify({ instances: [sampleInstance(options.spec)] });
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  try {
    for (let i = 0; i < WARM_UP_REQUESTS; i++) await postJson(options.predictUrl, body, agent);
    return await createLoadApi().open({
      rate: options.rate,
      durationMs: options.durationMs,
      send: () => postJson(options.predictUrl, body, agent),
      drainMs: 2000,
    });
  } finally {
    agent.destroy();
  }
}
