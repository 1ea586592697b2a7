/**
 * Export and import of progress as a JSON file. The file wraps the progress with a marker so
 * that a foreign JSON file is recognised and refused; an import is validated completely before
 * anything changes.
 */
import { readProgress } from './migrate';
import { progressMessages } from './messages';
import type { Progress } from './schema';

/** The marker every exported file carries. */
export const EXPORT_FORMAT = 'runfirst-progress';

/** What an exported file holds. */
export interface ProgressFile {
  /** Always "runfirst-progress". */
  format: typeof EXPORT_FORMAT;
  /** When it was exported (ISO 8601). */
  exportedAt: string;
  /** The progress, in the format of its `version`. */
  progress: Progress;
}

/** The JSON text of an export file. */
export function exportProgressText(progress: Progress, now: Date): string {
  const file: ProgressFile = { format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name like "runfirst-progress-2026-11-28.json". */
export function exportFileName(now: Date): string {
  return `runfirst-progress-${now.toISOString().slice(0, 10)}.json`;
}

/** The result of reading an import file: the progress, or the learner-facing error. */
export type ImportResult = { ok: true; progress: Progress } | { ok: false; error: string };

/** Validates the text of an import file completely; nothing is stored here. */
export function parseProgressFile(text: string, now: number): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: progressMessages.importNotJson(error instanceof Error ? error.message : String(error)) };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, error: progressMessages.importForeign() };
  }
  const result = readProgress((raw as { progress?: unknown }).progress, now);
  if (result.ok) return { ok: true, progress: result.progress };
  if (result.problem.kind === 'newer') return { ok: false, error: progressMessages.importNewer(result.problem.version) };
  const detail = result.problem.detail;
  const colon = detail.indexOf(': ');
  return colon === -1
    ? { ok: false, error: progressMessages.importInvalid('progress', detail) }
    : { ok: false, error: progressMessages.importInvalid(`progress.${detail.slice(0, colon)}`, detail.slice(colon + 2)) };
}
