/**
 * The experiment log as files: JSON (the whole log, curves included; what Import reads back) and
 * CSV (one row per run: its settings, figures, and each curve's last value and length, for a
 * spreadsheet; the CSV fields are made formula-safe by the group board's `csvField`). An import
 * is checked whole before anything changes: a file that is too large, not JSON, or wrong anywhere
 * gives one message naming the first wrong field, and the log stays as it was.
 */
import { csvLine } from '../../../progress/group-csv';
import { curvePointsOf, LOG_LIMITS, InvalidLogValue, describeLogIssue, readLog, type ExperimentLog } from '../../log/log-format';
import { logMessages } from '../../log/log-messages';

/** The log as the text of a JSON file. */
export function logJson(log: ExperimentLog): string {
  return `${JSON.stringify(log, null, 1)}\n`;
}

/** The names of a group of entries over all runs, in the order first seen. */
function namesOf(log: ExperimentLog, group: 'config' | 'figures' | 'curves'): string[] {
  return [...new Set(log.runs.flatMap((run) => Object.keys(run[group])))];
}

/** The log as the text of a CSV file (RFC 4180, CRLF, UTF-8 with a byte-order mark). */
export function logCsv(log: ExperimentLog): string {
  const config = namesOf(log, 'config');
  const figures = namesOf(log, 'figures');
  const curves = namesOf(log, 'curves');
  const header = [
    'name',
    'seed',
    'recordedAt',
    'id',
    ...config.map((key) => `config.${key}`),
    ...figures.map((key) => `figures.${key}`),
    ...curves.flatMap((key) => [`curves.${key}.last`, `curves.${key}.length`]),
  ];
  const rows = log.runs.map((run) => [
    run.name,
    run.seed ?? '',
    run.recordedAt,
    run.id,
    ...config.map((key) => {
      const value = run.config[key];
      return value === undefined || value === null ? '' : typeof value === 'number' ? value : String(value);
    }),
    ...figures.map((key) => run.figures[key] ?? ''),
    ...curves.flatMap((key) => {
      const curve = run.curves[key];
      return curve ? [curve.at(-1) ?? '', curve.length] : ['', ''];
    }),
  ]);
  return `\uFEFF${[header, ...rows].map(csvLine).join('\r\n')}\r\n`;
}

/** An import's outcome: the merged log and what was added, or the learner's message. */
export type ImportOutcome = { ok: true; log: ExperimentLog; added: number; skipped: number } | { ok: false; message: string };

/**
 * Reads an exported file (`text`, `bytes` long) and adds its runs to `current`: runs already in
 * the log (same id) are skipped, the rest appended in the file's order. Never throws.
 */
export function importLog(current: ExperimentLog, text: string, bytes: number): ImportOutcome {
  if (bytes > LOG_LIMITS.fileBytes) return { ok: false, message: logMessages.importTooLarge(LOG_LIMITS) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: logMessages.importNotJson() };
  }
  let file: ExperimentLog;
  try {
    file = readLog(parsed, logMessages.fixFile());
  } catch (error) {
    if (error instanceof InvalidLogValue) return { ok: false, message: logMessages.importInvalid(describeLogIssue(error.issue)) };
    throw error;
  }
  const known = new Set(current.runs.map((run) => run.id));
  const fresh = file.runs.filter((run) => !known.has(run.id) && known.add(run.id));
  if (current.runs.length + fresh.length > LOG_LIMITS.runs) return { ok: false, message: logMessages.importTooManyRuns(LOG_LIMITS) };
  if (curvePointsOf(current.runs) + curvePointsOf(fresh) > LOG_LIMITS.totalPoints)
    return { ok: false, message: logMessages.importTooLargeLog(LOG_LIMITS) };
  return {
    ok: true,
    log: { ...current, runs: [...current.runs, ...fresh] },
    added: fresh.length,
    skipped: file.runs.length - fresh.length,
  };
}
