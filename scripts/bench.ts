/**
 * `npm run bench`: builds the site (into its own folder) if needed, serves it with astro preview,
 * drives headless Chromium through each figure of issue 3's "Performance" section and issue 4's
 * grading time, and prints each figure with "target met" / "target missed". A missed target is a
 * result; the exit code is non-zero only when the harness or a figure broke.
 */
import { chromium } from '@playwright/test';
import { cpus, loadavg } from 'node:os';
import { CHROMIUM_ARGS, chromiumExecutable } from './lib/chromium.ts';
import type { BenchContext, RunnableFigure } from './bench/context.ts';
import { NotMeasuredError, type FigureResult } from './bench/figure.ts';
import { FIGURES } from './bench/figures.ts';
import { parseBenchOptions, USAGE, wants } from './bench/options.ts';
import { printHeading, printResult, printSummary } from './bench/report.ts';
import { ensureBuilt, startPreview } from './bench/site.ts';

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
  const executablePath = chromiumExecutable();
  console.log(`runfirst benchmark — ${new Date().toISOString()}`);
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  console.log(`node ${process.version}; browser: headless ${executablePath ?? "Playwright's Chromium"}`);
  ensureBuilt(options);
  const server = await startPreview(options);
  console.log(`serving ${options.outDir} at ${server.baseUrl}`);
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  console.log(`Chromium ${browser.version()}`);
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
  console.log(`load average at the end: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
