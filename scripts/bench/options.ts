/**
 * Command-line options of `npm run bench`. Every option also has an environment variable, so CI
 * can set them without editing the npm script.
 */
import { parseArgs } from 'node:util';

/** What one benchmark run does. */
export interface BenchOptions {
  /**
   * The built site to serve (`RUNFIRST_OUT_DIR`, default dist-bench). Inside the project on
   * purpose: Astro writes a build outside it to the shared .astro/ folder, where builds collide.
   */
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
  /** Figure 4 also beside a CPU-burning neighbour process (off with `--no-neighbour` or BENCH_NO_NEIGHBOUR=1). */
  neighbour: boolean;
  /**
   * Where the run's results are written (and BENCHMARKS.md regenerated from): BENCHMARKS.json for a
   * run of every figure, nowhere for `--only` unless `--results FILE` is given.
   */
  results: string | null;
  /**
   * With `--only`: put the figures measured into the results file (default BENCHMARKS.json) in
   * place of the same figures there, keeping its other figures, each marked with the run it comes
   * from (`--merge`).
   */
  merge: boolean;
  /** Measure nothing: regenerate BENCHMARKS.md's results section from the results file (`--report`). */
  reportOnly: boolean;
}

/** The committed results file, beside BENCHMARKS.md. */
export const DEFAULT_RESULTS = 'BENCHMARKS.json';

/** The usage text printed by `--help`. */
export const USAGE = `Usage: npm run bench -- [--no-build | --build] [--out-dir DIR] [--port N] [--lesson ID] [--exercise ID] [--only 1,5,... [--merge]] [--no-neighbour] [--results FILE]
       npm run bench -- --report [--results FILE]
  --no-build   serve the existing build (also BENCH_NO_BUILD=1); fails if it is missing
  --build      rebuild even if the output folder exists
  --out-dir    the build folder (also RUNFIRST_OUT_DIR; default dist-bench, inside the project)
  --port       preview server port (also BENCH_PORT; default 4460)
  --lesson     lesson id for the page-load, Run and training figures (default first-model)
  --exercise   exercise id for the grading-time figure (default fit-a-line, else the first)
  --only       comma-separated figure numbers, e.g. --only 1,5 (results are then not saved unless --results is given)
  --merge      with --only: replace those figures in the results file (default ${DEFAULT_RESULTS}) and keep its others
  --no-neighbour  skip figure 4's second measurement beside a CPU-burning process (also BENCH_NO_NEIGHBOUR=1)
  --results    the results file to write (default ${DEFAULT_RESULTS} for a run of every figure)
  --report     measure nothing: regenerate BENCHMARKS.md's results section from the results file`;

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
      'no-neighbour': { type: 'boolean', default: false },
      results: { type: 'string' },
      report: { type: 'boolean', default: false },
      merge: { type: 'boolean', default: false },
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
    if (!Number.isInteger(figure) || figure < 1 || figure > 10)
      throw new Error(`--only takes figure numbers 1–10, got ${values.only}\n${USAGE}`);
  }
  if (values.merge && only.size === 0)
    throw new Error(`--merge needs --only (a run of every figure replaces the whole results file)\n${USAGE}`);
  const noBuild = values['no-build'] || env['BENCH_NO_BUILD'] === '1';
  if (noBuild && values.build) throw new Error(`--build and --no-build exclude each other\n${USAGE}`);
  return {
    outDir: values['out-dir'] ?? env['RUNFIRST_OUT_DIR'] ?? 'dist-bench',
    port,
    forceBuild: values.build,
    noBuild,
    lesson: values.lesson,
    exercise: values.exercise,
    only,
    neighbour: !(values['no-neighbour'] || env['BENCH_NO_NEIGHBOUR'] === '1'),
    results: values.results ?? (only.size === 0 || values.report || values.merge ? DEFAULT_RESULTS : null),
    merge: values.merge,
    reportOnly: values.report,
  };
}

/** Whether figure `n` is selected. */
export function wants(options: BenchOptions, figure: number): boolean {
  return options.only.size === 0 || options.only.has(figure);
}
