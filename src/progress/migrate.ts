/**
 * Reading stored progress of any version: validate it with the schema of its version, then
 * migrate step by step to the current version. Never throws: a problem is returned as data.
 */
import {
  CURRENT_PROGRESS_VERSION,
  cellKey,
  freshExercise,
  progressV1Schema,
  progressV2Schema,
  progressV3Schema,
  type Progress,
  type ProgressV1,
  type ProgressV2,
} from './schema';
import { describeIssue, safeParse } from './shape';

/** Why stored data could not be used. */
export type ReadProblem = { kind: 'corrupt'; detail: string } | { kind: 'newer'; version: number };

/** The outcome of reading stored data: the progress, or the problem. */
export type ReadResult = { ok: true; progress: Progress; migratedFrom?: number } | { ok: false; problem: ReadProblem };

const EXERCISE_CODE_PREFIX = 'exercise:';

/** v1 → v2: code split into cells and exercises, passed ids and hints become per-exercise records. */
export function migrateV1toV2(old: ProgressV1, now: number): ProgressV2 {
  const progress: ProgressV2 = { version: 2, cells: {}, exercises: {}, updatedAt: now };
  const exercise = (id: string) => (progress.exercises[id] ??= freshExercise());
  for (const [key, code] of Object.entries(old.code)) {
    if (key.startsWith(EXERCISE_CODE_PREFIX)) {
      const entry = exercise(key.slice(EXERCISE_CODE_PREFIX.length));
      entry.code = code;
      entry.savedAt = now;
    } else {
      const slash = key.indexOf('/');
      if (slash <= 0) continue; // not a cell key; v1 never wrote such keys
      progress.cells[cellKey(key.slice(0, slash), key.slice(slash + 1))] = { code, savedAt: now };
    }
  }
  for (const id of old.passed) {
    // v1 kept no timestamps: the migration time stands in for when it was passed.
    Object.assign(exercise(id), { status: 'passed', passedAt: now, attempts: Math.max(1, exercise(id).attempts) });
  }
  for (const [id, hints] of Object.entries(old.hints)) exercise(id).hintsUsed = hints;
  return progress;
}

/** v2 → v3: the same records; the learner has no name until they type one. */
export function migrateV2toV3(old: ProgressV2): Progress {
  return { ...old, version: 3 };
}

/** Validates `raw` (parsed JSON) as progress of any known version and migrates it to the current one. */
export function readProgress(raw: unknown, now: number): ReadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problem: { kind: 'corrupt', detail: 'not an object' } };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_PROGRESS_VERSION) {
    return { ok: false, problem: { kind: 'newer', version } };
  }
  if (version === 1) {
    const parsed = safeParse(progressV1Schema, raw);
    if (!parsed.success) return { ok: false, problem: { kind: 'corrupt', detail: describeIssue(parsed.issue) } };
    return { ok: true, progress: migrateV2toV3(migrateV1toV2(parsed.data, now)), migratedFrom: 1 };
  }
  if (version === 2) {
    const parsed = safeParse(progressV2Schema, raw);
    if (!parsed.success) return { ok: false, problem: { kind: 'corrupt', detail: describeIssue(parsed.issue) } };
    return { ok: true, progress: migrateV2toV3(parsed.data), migratedFrom: 2 };
  }
  if (version === 3) {
    const parsed = safeParse(progressV3Schema, raw);
    if (!parsed.success) return { ok: false, problem: { kind: 'corrupt', detail: describeIssue(parsed.issue) } };
    return { ok: true, progress: parsed.data };
  }
  return { ok: false, problem: { kind: 'corrupt', detail: `unknown version ${JSON.stringify(version) ?? 'undefined'}` } };
}

/** Parses stored text (JSON) and reads it with `readProgress`. */
export function readProgressText(text: string, now: number): ReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { kind: 'corrupt', detail: error instanceof Error ? error.message : String(error) } };
  }
  return readProgress(raw, now);
}
