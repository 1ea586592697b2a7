/** Prints figures to the terminal, one block each, and a summary at the end. */
import { verdict, type Figure, type FigureResult, type Measurement } from './figure.ts';

/** Prints the heading of a figure before it is measured, so a slow figure shows what it is doing. */
export function printHeading(figure: Figure): void {
  console.log(`\n[${figure.number}] ${figure.title}`);
  console.log(`    how: ${figure.how}`);
}

/** One measurement as a line: "JS: 12.3 KB (5 files) — target ≤ 30 KB: target met". */
export function formatMeasurement(measurement: Measurement): string {
  const value = measurement.value.toFixed(measurement.digits ?? 1);
  const detail = measurement.detail ? ` ${measurement.detail}` : '';
  const judged = verdict(measurement);
  return `${measurement.label}: ${value} ${measurement.unit}${detail}${judged ? ` — ${judged}` : ''}`;
}

/** Prints what a figure measured (or why it was not measured). */
export function printResult(result: FigureResult): void {
  if (result.kind === 'not-measured') {
    console.log(`    not measured: ${result.reason}`);
    return;
  }
  if (result.kind === 'failed') {
    console.log(`    FAILED: ${result.reason}`);
    return;
  }
  for (const measurement of result.measurements) console.log(`    ${formatMeasurement(measurement)}`);
  for (const note of result.notes) console.log(`    note: ${note}`);
}

/** Prints the one-line-per-target summary and returns how many figures failed. */
export function printSummary(results: ReadonlyArray<{ figure: Figure; result: FigureResult }>): number {
  console.log('\nSummary');
  let failures = 0;
  for (const { figure, result } of results) {
    if (result.kind === 'measured') {
      const judged = result.measurements.filter((m) => m.target);
      const verdicts = judged.map((m) => `${m.label} ${m.value.toFixed(m.digits ?? 1)} ${m.unit}: ${verdict(m).split(': ').pop()}`);
      console.log(`  [${figure.number}] ${figure.title}: ${verdicts.length > 0 ? verdicts.join('; ') : 'measured (no target)'}`);
    } else if (result.kind === 'not-measured') {
      console.log(`  [${figure.number}] ${figure.title}: not measured: ${result.reason}`);
    } else {
      failures += 1;
      console.log(`  [${figure.number}] ${figure.title}: FAILED: ${result.reason}`);
    }
  }
  return failures;
}
