/** The node harness's record of a lesson run, as the claims read it (see claim.ts). */
import { displayMessages } from '../../../src/runtime/display/messages';
import type { BarsMessage, LinePoint } from '../../../src/runtime/display/protocol';
import type { LessonRun as HarnessRun, ShowCall } from '../run-lesson-cells';
import type { CellOutput, LessonOutput } from './claim';

/** The text summary the page gives a line chart (its screen-reader text), from the harness's record. */
function chartSummary(show: ShowCall): string {
  const series = (show.options as { series?: string[] }).series ?? [];
  const points = show.values as LinePoint[];
  const last = points.at(-1);
  return displayMessages.lineSummary(series, points.length, series.map((_, i) => last?.y[i] ?? null));
}

/** The text summary the page gives a bar chart (bars-view.ts). */
function barsSummary(show: ShowCall): string {
  const bars = show.options as BarsMessage;
  return displayMessages.barsSummary(bars.yLabel, bars.labels, bars.values);
}

export function nodeLessonOutput(run: HarnessRun, backend: string): LessonOutput {
  const cells: CellOutput[] = run.cells.map((c) => ({
    id: c.cell.id,
    lines: c.logs,
    tables: c.displays.filter((d) => d.kind === 'table').map((d) => ({ columns: d.options as string[], rows: d.values as string[][] })),
    charts: c.displays.filter((d) => d.kind === 'line' || d.kind === 'bars').map((d) => (d.kind === 'bars' ? barsSummary(d) : chartSummary(d))),
  }));
  return { backend, cells };
}
