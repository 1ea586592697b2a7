/**
 * Export and import of progress as a JSON file. The file wraps the progress with a marker so
 * that a foreign JSON file is recognised and refused, and names the course version it was
 * exported from; a file is validated completely before anything uses it.
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
  /** The course the progress was made on (see `course-version.ts`); absent in files exported before it was written. */
  courseVersion?: string;
  /** The progress, in the format of its `version` (the learner's name, if they typed one, is `progress.learnerName`). */
  progress: Progress;
}

/** The JSON text of an export file. */
export function exportProgressText(progress: Progress, now: Date, courseVersion: string): string {
  const file: ProgressFile = { format: EXPORT_FORMAT, exportedAt: now.toISOString(), courseVersion, progress };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * A file name like "runfirst-progress-2026-11-28.json", or with the learner's name,
 * "runfirst-progress-ana-maria-2026-11-28.json", so a group's files differ: letters and digits
 * of any script kept (accents dropped), lower case, everything else one hyphen, at most 40 characters.
 */
export function exportFileName(now: Date, learnerName?: string): string {
  const slug = [
    ...(learnerName ?? '')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLocaleLowerCase('en')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, ''),
  ]
    .slice(0, 40)
    .join('')
    .replace(/-+$/, '');
  return `runfirst-progress-${slug ? `${slug}-` : ''}${now.toISOString().slice(0, 10)}.json`;
}

/** Why a file cannot be used, as data; the import and the group board word it each for their reader. */
export type ProgressFileProblem =
  | { kind: 'not-json'; reason: string }
  | { kind: 'foreign' }
  | { kind: 'newer'; version: number }
  | { kind: 'damaged'; where: string; problem: string };

/** A file read: its progress (migrated to the current version) and what the wrapper says, or the problem. */
export type ProgressFileRead =
  { ok: true; progress: Progress; exportedAt?: string; courseVersion?: string } | { ok: false; problem: ProgressFileProblem };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads and validates the text of an exported file completely; nothing is stored here. */
export function readProgressFile(text: string, now: number): ProgressFileRead {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { kind: 'not-json', reason: error instanceof Error ? error.message : String(error) } };
  }
  if (!isObject(raw) || raw['format'] !== EXPORT_FORMAT) return { ok: false, problem: { kind: 'foreign' } };
  const result = readProgress(raw['progress'], now);
  if (!result.ok) {
    if (result.problem.kind === 'newer') return { ok: false, problem: { kind: 'newer', version: result.problem.version } };
    const detail = result.problem.detail;
    const colon = detail.indexOf(': ');
    return {
      ok: false,
      problem:
        colon === -1
          ? { kind: 'damaged', where: 'progress', problem: detail }
          : { kind: 'damaged', where: `progress.${detail.slice(0, colon)}`, problem: detail.slice(colon + 2) },
    };
  }
  const read: ProgressFileRead = { ok: true, progress: result.progress };
  const { exportedAt, courseVersion } = raw;
  // The wrapper's other fields are informative: a value of the wrong type is ignored, not fatal.
  if (typeof exportedAt === 'string' && !Number.isNaN(Date.parse(exportedAt))) read.exportedAt = exportedAt;
  if (typeof courseVersion === 'string' && courseVersion.length > 0 && courseVersion.length <= 100) read.courseVersion = courseVersion;
  return read;
}

/** The result of reading an import file: the progress, or the learner-facing error. */
export type ImportResult = { ok: true; progress: Progress } | { ok: false; error: string };

/** The import's wording of a problem with the chosen file. */
export function importError(problem: ProgressFileProblem): string {
  switch (problem.kind) {
    case 'not-json':
      return progressMessages.importNotJson(problem.reason);
    case 'foreign':
      return progressMessages.importForeign();
    case 'newer':
      return progressMessages.importNewer(problem.version);
    case 'damaged':
      return progressMessages.importInvalid(problem.where, problem.problem);
  }
}

/** Validates the text of an import file completely; nothing is stored here. */
export function parseProgressFile(text: string, now: number): ImportResult {
  const read = readProgressFile(text, now);
  return read.ok ? { ok: true, progress: read.progress } : { ok: false, error: importError(read.problem) };
}
