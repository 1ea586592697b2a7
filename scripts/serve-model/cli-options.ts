/**
 * The command line of `npm run serve:model -- <model> [options]` (see USAGE in
 * server-messages.ts), parsed into the server's settings. The service options are left raw for
 * src/service/service-options.ts to check, so the server takes exactly what `service.start` takes.
 */
import { serverMessages } from './server-messages.ts';

/** What the command line asks for. */
export interface CliOptions {
  modelPath: string;
  host: string;
  port: number;
  /** Raw service options (version, input without shape if not given, maxInstances, batching, maxQueueLength). */
  service: Record<string, unknown> & { input: Record<string, unknown> };
  /** Load-test the server on loopback and exit, instead of serving until Ctrl+C. */
  loadTest: { rate: number; durationMs: number } | null;
}

/** Thrown for a command line that cannot be run; its message includes the usage. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

const number = (argument: string, text: string | undefined, { whole = false, min = -Infinity } = {}): number => {
  const value = Number(text);
  if (text === undefined || text === '' || !Number.isFinite(value) || (whole && !Number.isInteger(value)) || value < min) {
    throw new CliError(serverMessages.badArgument(argument, whole ? `a whole number ≥ ${min}` : 'a number', text ?? 'nothing'));
  }
  return value;
};

/** Parses `argv` (what follows the script's name). */
export function parseCli(argv: readonly string[]): CliOptions {
  const service: CliOptions['service'] = { input: {} };
  let modelPath: string | undefined;
  let host = '127.0.0.1';
  let port = 8501;
  let loadTest = false;
  let rate = 200;
  let durationMs = 2000;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i] ?? '';
    const value = () => argv[++i];
    switch (argument) {
      case '--port':
        port = number(argument, value(), { whole: true, min: 0 });
        break;
      case '--host':
        host = value() ?? '';
        if (!host) throw new CliError(serverMessages.badArgument(argument, 'an address such as 127.0.0.1', 'nothing'));
        break;
      case '--version':
        service['version'] = value();
        break;
      case '--shape': {
        const text = value();
        service.input['shape'] = (text ?? '').split(',').map((part) => number(argument, part.trim(), { whole: true, min: 1 }));
        break;
      }
      case '--dtype':
        service.input['dtype'] = value();
        break;
      case '--min':
        service.input['min'] = number(argument, value());
        break;
      case '--max':
        service.input['max'] = number(argument, value());
        break;
      case '--max-instances':
        service['maxInstances'] = number(argument, value(), { whole: true, min: 1 });
        break;
      case '--max-queue':
        service['maxQueueLength'] = number(argument, value(), { whole: true, min: 1 });
        break;
      case '--batching': {
        const [size, wait] = (value() ?? '').split(',');
        service['batching'] = {
          maxBatchSize: number(argument, size, { whole: true, min: 1 }),
          maxQueueWaitMs: number(argument, wait ?? '5', { min: 0 }),
        };
        break;
      }
      case '--load-test':
        loadTest = true;
        break;
      case '--rate':
        rate = number(argument, value(), { min: 1 });
        break;
      case '--duration-ms':
        durationMs = number(argument, value(), { whole: true, min: 1 });
        break;
      default:
        if (argument.startsWith('--') || modelPath !== undefined) throw new CliError(serverMessages.unknownArgument(argument));
        modelPath = argument;
    }
  }
  if (modelPath === undefined) throw new CliError(serverMessages.noModel());
  return { modelPath, host, port, service, loadTest: loadTest ? { rate, durationMs } : null };
}
