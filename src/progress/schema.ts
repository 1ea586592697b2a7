/**
 * The shape of a learner's saved progress, one zod schema per stored version. Only the newest
 * version is ever written; older versions are read and migrated (see `migrate.ts`).
 */
import { z } from 'zod';

/** The version written by this build. Data with a higher version was saved by a newer runfirst. */
export const CURRENT_PROGRESS_VERSION = 3;

/**
 * Version 1, the first stored form: code keyed by "lessonId/cellId" or "exercise:id", the ids of
 * passed exercises, and hints used per exercise. Kept so old saves can be migrated.
 */
export const progressV1Schema = z
  .object({
    /** Always 1. */
    version: z.literal(1),
    /** Learner code: key "lessonId/cellId" for a cell, "exercise:<id>" for an exercise. */
    code: z.record(z.string(), z.string()),
    /** Ids of exercises the learner passed. */
    passed: z.array(z.string()),
    /** Hints revealed per exercise id. */
    hints: z.record(z.string(), z.number().int().nonnegative()),
  })
  .strict();

/** Version 1 data. */
export type ProgressV1 = z.output<typeof progressV1Schema>;

/** Milliseconds since 1970 (what `Date.now()` returns). */
const timestamp = z.number().int().nonnegative();

/** The learner's code of one lesson cell. */
export const cellProgressSchema = z
  .object({
    /** The code as the learner left it. */
    code: z.string(),
    /** When it was last saved. */
    savedAt: timestamp,
  })
  .strict();

/** Where the learner stands on an exercise. */
export const exerciseStatusSchema = z.enum(['not-started', 'attempted', 'passed']);
export type ExerciseStatus = z.output<typeof exerciseStatusSchema>;

/** The learner's progress on one exercise. */
export const exerciseProgressSchema = z
  .object({
    /** "not-started" until the first Check, "attempted" after a Check that failed, "passed" once every test passed (it stays passed). */
    status: exerciseStatusSchema,
    /** The learner's code in the exercise editor; absent until they edit it. */
    code: z.string().optional(),
    /** When the code was last saved. */
    savedAt: timestamp.optional(),
    /** When the learner first pressed Check. */
    firstAttemptAt: timestamp.optional(),
    /** When the learner last pressed Check. */
    lastAttemptAt: timestamp.optional(),
    /** When every test first passed. */
    passedAt: timestamp.optional(),
    /** How many times the learner pressed Check. Default: 0. */
    attempts: z.number().int().nonnegative().default(0),
    /** How many hints the learner revealed (they are revealed in order). Default: 0. */
    hintsUsed: z.number().int().nonnegative().default(0),
    /** Whether the learner opened the reference solution. Default: false. */
    solutionViewed: z.boolean().default(false),
    /** Tests passed and total at the last Check. */
    lastResult: z.object({ passed: z.number().int().nonnegative(), total: z.number().int().nonnegative() }).strict().optional(),
  })
  .strict();

/** One exercise's progress, defaults filled in. */
export type ExerciseProgress = z.output<typeof exerciseProgressSchema>;

/** Version 2: cells and exercises as now, no learner name. Kept so old saves can be migrated. */
export const progressV2Schema = z
  .object({
    /** Always 2. */
    version: z.literal(2),
    /** Learner code per lesson cell, keyed by "lessonId/cellId" (see `cellKey`). */
    cells: z.record(z.string(), cellProgressSchema),
    /** Progress per exercise, keyed by exercise id. */
    exercises: z.record(z.string(), exerciseProgressSchema),
    /** When anything in this progress last changed. */
    updatedAt: timestamp,
  })
  .strict();

/** Version 2 data. */
export type ProgressV2 = z.output<typeof progressV2Schema>;

/** The longest learner name kept (longer input is cut). */
export const LEARNER_NAME_MAX = 80;

/** Version 3, the current form: version 2 plus the learner's name. */
export const progressV3Schema = progressV2Schema
  .extend({
    /** Always 3. */
    version: z.literal(3),
    /**
     * The name the learner typed on the progress page, shown to their group when they share an
     * exported file. Optional: absent until they type one; never empty when present.
     */
    learnerName: z.string().trim().min(1).max(LEARNER_NAME_MAX).optional(),
  })
  .strict();

/** The current progress data. */
export type Progress = z.output<typeof progressV3Schema>;

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
