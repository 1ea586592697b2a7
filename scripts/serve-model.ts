/**
 * `npm run serve:model -- <model> [options]`: serves a model exported from the browser
 * (`models.save(model, 'downloads://name')`) over HTTP on this machine, with pure
 * @tensorflow/tfjs on its cpu backend (no native binaries), answering exactly as the in-browser
 * service of lesson 9 does. With --load-test it load-tests itself on loopback instead, printing
 * the percentiles of lesson 10, and exits (the server runs in a process of its own meanwhile, so
 * the generator does not take its time). Run with no arguments for the options.
 */
import * as tf from '@tensorflow/tfjs';
import { parseServiceOptions, ServiceOptionsError } from '../src/service/service-options.ts';
import { CliError, parseCli } from './serve-model/cli-options.ts';
import { startModelServer } from './serve-model/model-server.ts';
import { ExportedModelError, readExportedModel } from './serve-model/read-exported-model.ts';
import { runLoadTest } from './serve-model/load-test.ts';
import { startServerProcess } from './serve-model/server-process.ts';
import type { InputSpec } from '../src/service/request-format.ts';
import { serverMessages } from './serve-model/server-messages.ts';

/** The load test: the server in its own process, the generator here, both on loopback. */
async function loadTest(argv: readonly string[], rate: number, durationMs: number): Promise<void> {
  const serverArgs = withoutLoadTestArguments(argv);
  const server = await startServerProcess([...serverArgs, '--host', '127.0.0.1', '--port', '0']);
  try {
    const metadataUrl = `${server.url}/v1/models/${encodeURIComponent(server.name)}/metadata`;
    const metadata = async () => (await (await fetch(metadataUrl)).json()) as ServerMetadata;
    const { input } = (await metadata()).metadata;
    const predictUrl = `${server.url}/v1/models/${encodeURIComponent(server.name)}:predict`;
    console.log(serverMessages.loadTestStart(rate, durationMs, predictUrl));
    const result = await runLoadTest({ predictUrl, spec: input, rate, durationMs });
    console.log(serverMessages.loadTestResult(result));
    const { stats } = await metadata();
    console.log(serverMessages.loadTestServer(stats.batches, stats.meanBatchSize));
  } finally {
    await server.stop();
  }
}

/** What GET /v1/models/<name>/metadata answers (model-server.ts). */
interface ServerMetadata {
  metadata: { input: InputSpec };
  stats: { batches: number; meanBatchSize: number };
}

/** The command line without --load-test, --rate, --duration-ms, --host and --port (and their values). */
function withoutLoadTestArguments(argv: readonly string[]): string[] {
  const dropWithValue = new Set(['--rate', '--duration-ms', '--host', '--port']);
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i] ?? '';
    if (dropWithValue.has(argument)) i++;
    else if (argument !== '--load-test') kept.push(argument);
  }
  return kept;
}

async function main(argv: readonly string[]): Promise<void> {
  const cli = parseCli(argv);
  if (cli.loadTest) return loadTest(argv, cli.loadTest.rate, cli.loadTest.durationMs);
  await tf.setBackend('cpu');
  const { model, name } = await readExportedModel(tf, cli.modelPath);
  // The instance shape defaults to the model's own input shape (without the batch dimension).
  const modelShape = model.inputs[0]?.shape.slice(1) ?? [];
  const service = parseServiceOptions({ ...cli.service, input: { shape: modelShape, ...cli.service.input } });
  const server = await startModelServer({ tf, model, name, service, host: cli.host, port: cli.port });
  console.log(serverMessages.listening(server.url, name, service.version));
  const stop = () => {
    console.log(serverMessages.stopping());
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CliError || error instanceof ExportedModelError) console.error(error.message);
  else if (error instanceof ServiceOptionsError) console.error(serverMessages.badOptions(error.message));
  else console.error(error);
  process.exit(1);
});
