/** Combining two learners' (or two browsers') progress, for Import progress → Merge. */
import type { ExerciseProgress, Progress } from './schema';

const STATUS_RANK = { 'not-started': 0, attempted: 1, passed: 2 } as const;

const earliest = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));
const latest = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));

/** One exercise merged: the furthest status, the earliest first attempt and pass, the most hints, the newest code. */
export function mergeExercise(mine: ExerciseProgress, theirs: ExerciseProgress): ExerciseProgress {
  const newerCode = (theirs.savedAt ?? -1) > (mine.savedAt ?? -1) ? theirs : mine;
  const newerCheck = (theirs.lastAttemptAt ?? -1) > (mine.lastAttemptAt ?? -1) ? theirs : mine;
  const merged: ExerciseProgress = {
    status: STATUS_RANK[theirs.status] > STATUS_RANK[mine.status] ? theirs.status : mine.status,
    attempts: Math.max(mine.attempts, theirs.attempts),
    hintsUsed: Math.max(mine.hintsUsed, theirs.hintsUsed),
    solutionViewed: mine.solutionViewed || theirs.solutionViewed,
  };
  const optional = {
    code: newerCode.code,
    savedAt: newerCode.savedAt,
    firstAttemptAt: earliest(mine.firstAttemptAt, theirs.firstAttemptAt),
    lastAttemptAt: latest(mine.lastAttemptAt, theirs.lastAttemptAt),
    passedAt: earliest(mine.passedAt, theirs.passedAt),
    lastResult: newerCheck.lastResult,
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(merged, { [key]: value });
  return merged;
}

/** `theirs` merged into `mine`: every cell and exercise of both; where both have one, the newer code and the furthest progress win; `mine`'s name, else theirs. */
export function mergeProgress(mine: Progress, theirs: Progress): Progress {
  const cells = { ...mine.cells };
  for (const [key, cell] of Object.entries(theirs.cells)) {
    const own = cells[key];
    if (!own || cell.savedAt > own.savedAt) cells[key] = cell;
  }
  const exercises = { ...mine.exercises };
  for (const [id, exercise] of Object.entries(theirs.exercises)) {
    const own = exercises[id];
    exercises[id] = own ? mergeExercise(own, exercise) : exercise;
  }
  const merged: Progress = { version: mine.version, cells, exercises, updatedAt: Math.max(mine.updatedAt, theirs.updatedAt) };
  // The name stays the learner's own; a file's name is taken only when they have none.
  const learnerName = mine.learnerName ?? theirs.learnerName;
  if (learnerName !== undefined) merged.learnerName = learnerName;
  return merged;
}
