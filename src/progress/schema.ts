/**
 * The shape of a learner's saved progress, one checked shape per stored version (checks in
 * `shape.ts`, small enough for every lesson page's first load). Only the newest version is ever
 * written; older versions are read and migrated (see `migrate.ts`).
 */
import { arrayOf, boolean, count, literal, oneOf, optional, record, strictObject, string, withDefault, type Shape } from './shape';

/** The version written by this build. Data with a higher version was saved by a newer runfirst. */
export const CURRENT_PROGRESS_VERSION = 3;

/**
 * Version 1, the first stored form: code keyed by "lessonId/cellId" or "exercise:id", the ids of
 * passed exercises, and hints used per exercise. Kept so old saves can be migrated.
 */
export interface ProgressV1 {
  /** Always 1. */
  version: 1;
  /** Learner code: key "lessonId/cellId" for a cell, "exercise:<id>" for an exercise. */
  code: Record<string, string>;
  /** Ids of exercises the learner passed. */
  passed: string[];
  /** Hints revealed per exercise id. */
  hints: Record<string, number>;
}

export const progressV1Schema: Shape<ProgressV1> = strictObject({
  version: literal(1),
  code: record(string()),
  passed: arrayOf(string()),
  hints: record(count),
});

/** The learner's code of one lesson cell. */
export interface CellProgress {
  /** The code as the learner left it. */
  code: string;
  /** When it was last saved (milliseconds since 1970, what `Date.now()` returns). */
  savedAt: number;
}

export const cellProgressSchema: Shape<CellProgress> = strictObject({ code: string(), savedAt: count });

/** Where the learner stands on an exercise. */
export const EXERCISE_STATUSES = ['not-started', 'attempted', 'passed'] as const;
export type ExerciseStatus = (typeof EXERCISE_STATUSES)[number];

/** The learner's progress on one exercise, defaults filled in. Timestamps are milliseconds since 1970. */
export interface ExerciseProgress {
  /** "not-started" until the first Check, "attempted" after a Check that failed, "passed" once every test passed (it stays passed). */
  status: ExerciseStatus;
  /** The learner's code in the exercise editor; absent until they edit it. */
  code?: string;
  /** When the code was last saved. */
  savedAt?: number;
  /** When the learner first pressed Check. */
  firstAttemptAt?: number;
  /** When the learner last pressed Check. */
  lastAttemptAt?: number;
  /** When every test first passed. */
  passedAt?: number;
  /** How many times the learner pressed Check. Default: 0. */
  attempts: number;
  /** How many hints the learner revealed (they are revealed in order). Default: 0. */
  hintsUsed: number;
  /** Whether the learner opened the reference solution. Default: false. */
  solutionViewed: boolean;
  /** Tests passed and total at the last Check. */
  lastResult?: { passed: number; total: number };
}

export const exerciseProgressSchema: Shape<ExerciseProgress> = strictObject({
  status: oneOf(EXERCISE_STATUSES),
  code: optional(string()),
  savedAt: optional(count),
  firstAttemptAt: optional(count),
  lastAttemptAt: optional(count),
  passedAt: optional(count),
  attempts: withDefault(count, 0),
  hintsUsed: withDefault(count, 0),
  solutionViewed: withDefault(boolean, false),
  lastResult: optional(strictObject({ passed: count, total: count })),
});

/** Version 2: cells and exercises as now, no learner name. Kept so old saves can be migrated. */
export interface ProgressV2 {
  /** Always 2. */
  version: 2;
  /** Learner code per lesson cell, keyed by "lessonId/cellId" (see `cellKey`). */
  cells: Record<string, CellProgress>;
  /** Progress per exercise, keyed by exercise id. */
  exercises: Record<string, ExerciseProgress>;
  /** When anything in this progress last changed. */
  updatedAt: number;
}

const v2Fields = {
  version: literal(2),
  cells: record(cellProgressSchema),
  exercises: record(exerciseProgressSchema),
  updatedAt: count,
};

export const progressV2Schema: Shape<ProgressV2> = strictObject(v2Fields);

/** The longest learner name kept (longer input is cut). */
export const LEARNER_NAME_MAX = 80;

/** Version 3, the current form: version 2 plus the learner's name. */
export interface Progress extends Omit<ProgressV2, 'version'> {
  /** Always 3. */
  version: 3;
  /**
   * The name the learner typed on the progress page, shown to their group when they share an
   * exported file. Optional: absent until they type one; never empty when present (trimmed).
   */
  learnerName?: string;
}

export const progressV3Schema: Shape<Progress> = strictObject({
  ...v2Fields,
  version: literal(3),
  learnerName: optional(string({ trim: true, min: 1, max: LEARNER_NAME_MAX })),
});

/** The key of a lesson cell in `Progress.cells`. */
export function cellKey(lessonId: string, cellId: string): string {
  return `${lessonId}/${cellId}`;
}

/** Empty progress, as for a learner who has done nothing yet. */
export function emptyProgress(now = 0): Progress {
  return { version: CURRENT_PROGRESS_VERSION, cells: {}, exercises: {}, updatedAt: now };
}

/** An exercise nobody has touched. */
export function freshExercise(): ExerciseProgress {
  return { status: 'not-started', attempts: 0, hintsUsed: 0, solutionViewed: false };
}
