/**
 * `npm run bench`: builds the site (into its own folder) if needed, serves it with astro preview,
 * drives headless Chromium through each figure of issue 3's "Performance" section and issue 4's
 * grading time, and prints each figure with "target met" / "target missed". A run of every figure
 * writes BENCHMARKS.json and regenerates BENCHMARKS.md's results section from it (`--report`
 * regenerates only). A missed target is a result; the exit code is non-zero only when the harness
 * or a figure broke.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './lib/chromium.ts';
import type { BenchContext, RunnableFigure } from './bench/context.ts';
import { NotMeasuredError, type FigureResult } from './bench/figure.ts';
import { FIGURES } from './bench/figures.ts';
import { readBuildStamp } from './bench/build-stamp.ts';
import { describeCheckout, describeMachine, loadAverage } from './bench/machine.ts';
import { updateBenchmarksFile } from './bench/markdown-report.ts';
import { DEFAULT_RESULTS, parseBenchOptions, USAGE, wants, type BenchOptions } from './bench/options.ts';
import { printHeading, printResult, printSummary } from './bench/report.ts';
import { mergeResults, readResults, recordFigure, RESULTS_SCHEMA, writeResults, type BenchResults } from './bench/results-file.ts';
import { ensureBuilt, startPreview } from './bench/site.ts';
import { TARGET_LIST } from './bench/targets.ts';

/** The hand-written benchmark notes whose results section is generated. */
const BENCHMARKS_MD = 'BENCHMARKS.md';

/**
 * Writes the results file; for the committed one (BENCHMARKS.json) also regenerates
 * BENCHMARKS.md's results section from it (`--report --results FILE` shows another file there).
 */
function save(path: string, results: BenchResults): void {
  writeResults(path, results);
  if (path !== DEFAULT_RESULTS) {
    console.log(`results written to ${path} (${BENCHMARKS_MD} not regenerated: it shows ${DEFAULT_RESULTS})`);
    return;
  }
  updateBenchmarksFile(BENCHMARKS_MD, results, TARGET_LIST);
  console.log(`results written to ${path}; ${BENCHMARKS_MD} regenerated`);
}

function optionsRecord(options: BenchOptions): BenchResults['options'] {
  return {
    lesson: options.lesson,
    exercise: options.exercise ?? null,
    only: [...options.only].sort((a, b) => a - b),
    neighbour: options.neighbour,
  };
}

async function measure(figure: RunnableFigure, context: BenchContext): Promise<FigureResult> {
  try {
    const { measurements, notes } = await figure.measure(context);
    return { kind: 'measured', measurements, notes };
  } catch (error) {
    if (error instanceof NotMeasuredError) return { kind: 'not-measured', reason: error.message };
    return { kind: 'failed', reason: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

async function main(): Promise<number> {
  const options = parseBenchOptions(process.argv.slice(2), process.env);
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (options.reportOnly) {
    const path = options.results as string;
    updateBenchmarksFile(BENCHMARKS_MD, readResults(path), TARGET_LIST);
    console.log(`${BENCHMARKS_MD} regenerated from ${path}`);
    return 0;
  }
  const executablePath = chromiumExecutable();
  const date = new Date();
  const checkout = describeCheckout();
  const machine = describeMachine();
  const loadBefore = loadAverage();
  console.log(`runfirst benchmark — ${date.toISOString()}`);
  console.log(`machine: ${machine.cores} cores (${machine.cpuModel}; ${machine.cpuFlags.join(' ')}), load average ${loadBefore.join(' ')}`);
  console.log(
    `node ${process.version}; browser: headless ${executablePath ?? "Playwright's Chromium"}; checkout ${checkout.commit ?? '?'}${checkout.clean ? '' : ` (${checkout.changedPaths.length} changed paths)`}`,
  );
  ensureBuilt(options);
  const build = readBuildStamp(options.outDir);
  console.log(
    build
      ? `build of ${build.commit ?? '?'}${build.clean ? '' : ` (${build.changedPaths.length} changed paths)`}, made ${build.builtAt}`
      : 'build: not made by the bench (commit unknown)',
  );
  const server = await startPreview(options);
  console.log(`serving ${options.outDir} at ${server.baseUrl}`);
  let browser;
  try {
    browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  } catch (error) {
    await server.stop(); // do not leave the preview server on the port
    throw error;
  }
  const chromiumVersion = browser.version();
  console.log(`Chromium ${chromiumVersion}`);
  const results: Array<{ figure: RunnableFigure; result: FigureResult }> = [];
  try {
    const context: BenchContext = { browser, baseUrl: server.baseUrl, options };
    for (const figure of FIGURES.filter((f) => wants(options, f.number))) {
      printHeading(figure);
      const result = await measure(figure, context);
      printResult(result);
      results.push({ figure, result });
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const failures = printSummary(results);
  const loadAfter = loadAverage();
  console.log(`load average at the end: ${loadAfter.join(' ')}`);
  if (options.results) {
    const current: BenchResults = {
      schema: RESULTS_SCHEMA,
      date: date.toISOString(),
      build,
      checkout,
      machine: { ...machine, chromium: chromiumVersion, loadBefore, loadAfter },
      options: optionsRecord(options),
      figures: results.map(({ figure, result }) => recordFigure(figure, result)),
    };
    save(options.results, options.merge ? mergeResults(readResults(options.results), current) : current);
  } else {
    console.log('results not saved (a partial run; pass --results FILE to save it)');
  }
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
