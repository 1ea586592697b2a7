/**
 * Command-line options of `npm run bench`. Every option also has an environment variable, so CI
 * can set them without editing the npm script.
 */
import { parseArgs } from 'node:util';

/** What one benchmark run does. */
export interface BenchOptions {
  /** The built site to serve (`RUNFIRST_OUT_DIR`, default /tmp/bench-dist). */
  outDir: string;
  /** Port of the `astro preview` server (`BENCH_PORT`, default 4460). */
  port: number;
  /** Build the site first even if `outDir` exists (`--build`). */
  forceBuild: boolean;
  /** Never build; fail if `outDir` is missing (`--no-build` or `BENCH_NO_BUILD=1`). */
  noBuild: boolean;
  /** The lesson page used for figures 1–4 and 6 (`--lesson`, default first-model). */
  lesson: string;
  /** The exercise graded for figure 7 (`--exercise`); fit-a-line (else the first) when absent. */
  exercise: string | undefined;
  /** Figures to run, by number (`--only 1,5`); all when empty. */
  only: ReadonlySet<number>;
}

/** The usage text printed by `--help`. */
export const USAGE = `Usage: npm run bench -- [--no-build | --build] [--out-dir DIR] [--port N] [--lesson ID] [--exercise ID] [--only 1,5,...]
  --no-build   serve the existing build (also BENCH_NO_BUILD=1); fails if it is missing
  --build      rebuild even if the output folder exists
  --out-dir    the build folder (also RUNFIRST_OUT_DIR; default /tmp/bench-dist)
  --port       preview server port (also BENCH_PORT; default 4460)
  --lesson     lesson id for the page-load, Run and training figures (default first-model)
  --exercise   exercise id for the grading-time figure (default fit-a-line, else the first)
  --only       comma-separated figure numbers, e.g. --only 1,5`;

/** Parses argv and the environment; throws with the usage text on a bad option. */
export function parseBenchOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'no-build': { type: 'boolean', default: false },
      build: { type: 'boolean', default: false },
      'out-dir': { type: 'string' },
      port: { type: 'string' },
      lesson: { type: 'string', default: 'first-model' },
      only: { type: 'string', default: '' },
      exercise: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const port = Number(values.port ?? env['BENCH_PORT'] ?? 4460);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`--port must be a port number, got ${values.port}\n${USAGE}`);
  const only = new Set(
    values.only
      .split(',')
      .filter((part) => part.trim() !== '')
      .map((part) => Number(part)),
  );
  for (const figure of only) {
    if (!Number.isInteger(figure) || figure < 1 || figure > 7) throw new Error(`--only takes figure numbers 1–7, got ${values.only}\n${USAGE}`);
  }
  const noBuild = values['no-build'] || env['BENCH_NO_BUILD'] === '1';
  if (noBuild && values.build) throw new Error(`--build and --no-build exclude each other\n${USAGE}`);
  return {
    outDir: values['out-dir'] ?? env['RUNFIRST_OUT_DIR'] ?? '/tmp/bench-dist',
    port,
    forceBuild: values.build,
    noBuild,
    lesson: values.lesson,
    exercise: values.exercise,
    only,
  };
}

/** Whether figure `n` is selected. */
export function wants(options: BenchOptions, figure: number): boolean {
  return options.only.size === 0 || options.only.has(figure);
}
