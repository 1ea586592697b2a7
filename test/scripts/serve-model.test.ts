/**
 * `npm run serve:model` on loopback: a model exported as the browser exports it (name.zip from
 * models.save(model, 'downloads://name'), the folder it unzips to, its model.json) is read back
 * and served; good and bad requests get the service core's answers over HTTP (status, version,
 * the field at fault); TF Serving's status and metadata routes answer; a short, bounded load test
 * runs with the lessons' generator; and the script itself starts, answers and stops.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipModelFiles } from '../../src/runtime/models/model-archive.ts';
import { captureArtifacts, modelFilesOf } from '../../src/runtime/models/model-files.ts';
import { parseServiceOptions } from '../../src/service/service-options.ts';
import { CliError, parseCli } from '../../scripts/serve-model/cli-options.ts';
import { runLoadTest, sampleInstance } from '../../scripts/serve-model/load-test.ts';
import { startModelServer, type ModelServer } from '../../scripts/serve-model/model-server.ts';
import { ExportedModelError, readExportedModel } from '../../scripts/serve-model/read-exported-model.ts';
import { serverMessages } from '../../scripts/serve-model/server-messages.ts';

const root = join(import.meta.dirname, '..', '..');
let dir = '';
let zipPath = '';
let model: tf.LayersModel;
let server: ModelServer;

/** A 64 → 8 relu → 10 softmax model: the digits' shape, seeded weights. */
function digitsLikeModel(): tf.LayersModel {
  return tf.sequential({
    layers: [
      tf.layers.dense({ units: 8, inputShape: [64], activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }) }),
      tf.layers.dense({ units: 10, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: 4 }) }),
    ],
  });
}

const instance = (value: number) => Array.from({ length: 64 }, (_, i) => (i * value) % 17);

async function post(url: string, body: string): Promise<{ http: number; json: Record<string, unknown> }> {
  const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  return { http: response.status, json: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  await tf.setBackend('cpu');
  model = digitsLikeModel();
  dir = await mkdtemp(join(tmpdir(), 'serve-model-'));
  // Export exactly as models.save(model, 'downloads://digits') does: a zip and, unzipped, a folder.
  const files = modelFilesOf(tf, await captureArtifacts(tf, model));
  zipPath = join(dir, 'digits.zip');
  await writeFile(zipPath, zipModelFiles('digits', files));
  await mkdir(join(dir, 'digits'));
  await writeFile(join(dir, 'digits', 'model.json'), files.modelJson);
  await writeFile(join(dir, 'digits', 'weights.bin'), files.weights);
  const read = await readExportedModel(tf, zipPath);
  server = await startModelServer({
    tf,
    model: read.model,
    name: read.name,
    service: parseServiceOptions({
      version: 'digits-1',
      input: { shape: [64], min: 0, max: 16 },
      maxInstances: 8,
      batching: { maxBatchSize: 16, maxQueueWaitMs: 2 },
    }),
    port: 0,
  });
});

afterAll(async () => {
  await server?.close();
  model?.dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('reading an exported model', () => {
  it.each(['zip', 'folder', 'model.json'])('reads the %s and predicts what the exported model did', async (form) => {
    const path = form === 'zip' ? zipPath : form === 'folder' ? join(dir, 'digits') : join(dir, 'digits', 'model.json');
    const read = await readExportedModel(tf, path);
    expect(read.name).toBe('digits');
    const x = tf.tensor2d([instance(3)]);
    const [a, b] = [model.predict(x) as tf.Tensor, read.model.predict(x) as tf.Tensor];
    const [expected, got] = [Array.from(await a.data()), Array.from(await b.data())];
    got.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 6));
    tf.dispose([x, a, b]);
    read.model.dispose();
  });

  it('says what to pass for a missing path and for a file that is no model', async () => {
    await expect(readExportedModel(tf, join(dir, 'nope.zip'))).rejects.toThrow(serverMessages.modelPathMissing(join(dir, 'nope.zip')));
    const junk = join(dir, 'junk.zip');
    await writeFile(junk, 'not a zip');
    await expect(readExportedModel(tf, junk)).rejects.toThrow(ExportedModelError);
    await expect(readExportedModel(tf, junk)).rejects.toThrow(/is not a tfjs model this server can read/);
  });
});

describe('the HTTP server (TF Serving REST routes over the service core)', () => {
  it('answers a good predict with 200, the version, and the model’s own predictions in request order', async () => {
    const { http, json } = await post(server.predictUrl, JSON.stringify({ instances: [instance(1), instance(5)] }));
    expect(http).toBe(200);
    expect(json['status']).toBe(200);
    expect(json['version']).toBe('digits-1');
    const predictions = json['predictions'] as Array<{ label: number; probabilities: number[] }>;
    const y = tf.tidy(() => (model.predict(tf.tensor2d([instance(1), instance(5)])) as tf.Tensor).arraySync() as number[][]);
    expect(predictions).toHaveLength(2);
    predictions.forEach((prediction, i) => {
      prediction.probabilities.forEach((p, j) => expect(p).toBeCloseTo(y[i]![j]!, 5));
      expect(prediction.label).toBe(y[i]!.indexOf(Math.max(...y[i]!)));
    });
  });

  it('answers bad requests with 400 naming the field, what was expected and what came', async () => {
    const tooBig = instance(1);
    tooBig[12] = 17;
    let { http, json } = await post(server.predictUrl, JSON.stringify({ instances: [tooBig] }));
    expect(http).toBe(400);
    expect(json).toMatchObject({
      status: 400,
      version: 'digits-1',
      error: { field: 'instances[0][12]', expected: 'a number in [0, 16]', got: '17' },
    });
    ({ http, json } = await post(server.predictUrl, '{"instances": [[1, 2'));
    expect(http).toBe(400);
    expect((json['error'] as { field: string }).field).toBe('(body)');
    ({ http, json } = await post(server.predictUrl, JSON.stringify({ instances: Array.from({ length: 9 }, () => instance(1)) })));
    expect(http).toBe(400);
    expect((json['error'] as { field: string }).field).toBe('instances');
  });

  it('answers 500 when the model throws (an input spec the model does not take)', async () => {
    const wrong = await startModelServer({ tf, model, name: 'digits', service: parseServiceOptions({ input: { shape: [63] } }), port: 0 });
    const { http, json } = await post(wrong.predictUrl, JSON.stringify({ instances: [instance(1).slice(0, 63)] }));
    await wrong.close();
    expect(http).toBe(500);
    expect(json).toMatchObject({ status: 500, version: '1' });
    expect((json['error'] as { message: string }).message).toMatch(/^the model failed on this batch: /);
  });

  it('gives TF Serving’s model status, the metadata, and 404/405 for the rest', async () => {
    let response = await fetch(`${server.url}/v1/models/digits`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      model_version_status: [{ version: 'digits-1', state: 'AVAILABLE', status: { error_code: 'OK', error_message: '' } }],
    });
    response = await fetch(`${server.url}/v1/models/digits/metadata`);
    expect(await response.json()).toMatchObject({
      model_spec: { name: 'digits', version: 'digits-1' },
      metadata: {
        input: { shape: [64], dtype: 'float32', min: 0, max: 16 },
        maxInstances: 8,
        batching: { maxBatchSize: 16, maxQueueWaitMs: 2 },
      },
    });
    let answer = await post(`${server.url}/v1/models/mnist:predict`, '{}');
    expect(answer).toEqual({
      http: 404,
      json: { status: 404, version: 'digits-1', error: { message: serverMessages.unknownModel('mnist', 'digits') } },
    });
    answer = await post(`${server.url}/predict`, '{}');
    expect(answer.http).toBe(404);
    response = await fetch(server.predictUrl);
    expect(response.status).toBe(405);
    expect(await response.json()).toMatchObject({ error: { message: 'GET is not allowed on /v1/models/digits:predict; use POST' } });
  });

  it('batches concurrent requests into fewer predict calls, each request getting its own rows back', async () => {
    const before = server.core.stats();
    const bodies = Array.from({ length: 12 }, (_, i) => JSON.stringify({ instances: [instance(i + 1)] }));
    const answers = await Promise.all(bodies.map((body) => post(server.predictUrl, body)));
    const y = tf.tidy(() => (model.predict(tf.tensor2d(bodies.map((_, i) => instance(i + 1)))) as tf.Tensor).arraySync() as number[][]);
    answers.forEach(({ json }, i) => {
      const [prediction] = json['predictions'] as Array<{ probabilities: number[] }>;
      prediction!.probabilities.forEach((p, j) => expect(p).toBeCloseTo(y[i]![j]!, 5));
    });
    const after = server.core.stats();
    expect(after.answered[200] - before.answered[200]).toBe(12);
    expect(after.batches - before.batches).toBeLessThan(12);
  });

  it('runs a bounded open-loop load test with the lessons’ generator and reports its percentiles', async () => {
    const result = await runLoadTest({ predictUrl: server.predictUrl, spec: server.core.options.input, rate: 100, durationMs: 500 });
    expect(result.sent).toBe(50);
    expect(result.completed).toBe(50);
    expect(result.errors).toBe(0);
    expect(result.statuses).toEqual({ '200': 50 });
    const { p50, p95, p99, max } = result.latencyMs;
    expect(p50).toBeGreaterThan(0);
    expect(p50).toBeLessThanOrEqual(p95);
    expect(p95).toBeLessThanOrEqual(p99);
    expect(p99).toBeLessThanOrEqual(max);
    const report = serverMessages.loadTestResult(result);
    expect(report).toMatch(
      /^offered 100\/s, achieved [\d.]+\/s, throughput [\d.]+\/s\nsent 50, completed 50, errors 0\nlatency p50 [\d.e-]+ ms, p95 /,
    );
  }, 20_000);

  it('answers 503 after it stops', async () => {
    const stopping = await startModelServer({
      tf,
      model,
      name: 'digits',
      service: parseServiceOptions({ input: { shape: [64] } }),
      port: 0,
    });
    stopping.core.stop();
    const { http, json } = await post(stopping.predictUrl, JSON.stringify({ instances: [instance(1)] }));
    await stopping.close();
    expect(http).toBe(503);
    expect(json).toEqual({ status: 503, version: '1', error: { message: 'the service is stopped' } });
  });
});

describe('the command line', () => {
  it('parses the options into the service options service.start takes', () => {
    const cli = parseCli([
      'm.zip',
      '--port',
      '0',
      '--version',
      'd-2',
      '--min',
      '0',
      '--max',
      '16',
      '--batching',
      '32,5',
      '--max-instances',
      '4',
    ]);
    expect(cli).toEqual({
      modelPath: 'm.zip',
      host: '127.0.0.1',
      port: 0,
      service: { version: 'd-2', input: { min: 0, max: 16 }, batching: { maxBatchSize: 32, maxQueueWaitMs: 5 }, maxInstances: 4 },
      loadTest: null,
    });
    expect(parseCli(['m.zip', '--load-test', '--rate', '50']).loadTest).toEqual({ rate: 50, durationMs: 2000 });
    expect(() => parseCli([])).toThrow(CliError);
    expect(() => parseCli(['m.zip', '--port', 'x'])).toThrow('serve:model: --port expects a whole number ≥ 0, got x.');
    expect(() => parseCli(['m.zip', '--frobnicate'])).toThrow('serve:model: unknown option --frobnicate.');
  });

  it('serves from the script: npm run serve:model -- <zip> --port 0 prints its URL, answers, and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(root, 'scripts', 'serve-model.ts'),
        zipPath,
        '--port',
        '0',
        '--min',
        '0',
        '--max',
        '16',
      ],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL within 30 s; output:\n${output}`)), 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Serving 'digits' \(version 1\) at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}; output:\n${output}`)));
    });
    const { http, json } = await post(
      `${url}/v1/models/digits:predict`,
      JSON.stringify({ instances: [sampleInstance({ shape: [64], dtype: 'float32', min: 0, max: 16 })] }),
    );
    expect(http).toBe(200);
    expect((json['predictions'] as unknown[]).length).toBe(1);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('Stopping: waiting requests are answered 503.');
  }, 60_000);

  it('load-tests from the script: --load-test starts the server in its own process, prints the percentiles and exits', async () => {
    const child = spawn(
      process.execPath,
      [
        join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(root, 'scripts', 'serve-model.ts'),
        zipPath,
        '--load-test',
        '--rate',
        '50',
        '--duration-ms',
        '400',
        '--batching',
        '8,2',
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code, output).toBe(0);
    expect(output).toMatch(/Load test: 50 requests\/s for 400 ms .* against http:\/\/127\.0\.0\.1:\d+\/v1\/models\/digits:predict/);
    expect(output).toContain('sent 20, completed 20, errors 0');
    expect(output).toMatch(/latency p50 [\d.e-]+ ms, p95 [\d.e-]+ ms, p99 [\d.e-]+ ms, max [\d.e-]+ ms, mean [\d.e-]+ ms/);
    // 20 warm-up requests and 20 measured ones.
    expect(output).toMatch(/server: \d+ predict calls \(warm-up included\)/);
  }, 90_000);
});
