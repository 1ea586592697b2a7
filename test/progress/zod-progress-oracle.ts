/**
 * The zod schemas saved progress was checked with until the checks moved to src/progress/shape.ts
 * (to keep zod off every lesson page's first load). Kept only as the oracle for
 * test/progress/shape.test.ts: a learner whose saved data is damaged reads the same message as before.
 */
import { z } from 'zod';

/**
 * Version 1, the first stored form: code keyed by "lessonId/cellId" or "exercise:id", the ids of
 * passed exercises, and hints used per exercise. Kept so old saves can be migrated.
 */
export const oracleV1 = z
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

/** Milliseconds since 1970 (what `Date.now()` returns). */
const timestamp = z.number().int().nonnegative();

/** The learner's code of one lesson cell. */
export const cellOracle = z
  .object({
    /** The code as the learner left it. */
    code: z.string(),
    /** When it was last saved. */
    savedAt: timestamp,
  })
  .strict();

/** Where the learner stands on an exercise. */
export const statusOracle = z.enum(['not-started', 'attempted', 'passed']);

/** The learner's progress on one exercise. */
export const exerciseOracle = z
  .object({
    /** "not-started" until the first Check, "attempted" after a Check that failed, "passed" once every test passed (it stays passed). */
    status: statusOracle,
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

/** Version 2: cells and exercises as now, no learner name. Kept so old saves can be migrated. */
export const oracleV2 = z
  .object({
    /** Always 2. */
    version: z.literal(2),
    /** Learner code per lesson cell, keyed by "lessonId/cellId" (see `cellKey`). */
    cells: z.record(z.string(), cellOracle),
    /** Progress per exercise, keyed by exercise id. */
    exercises: z.record(z.string(), exerciseOracle),
    /** When anything in this progress last changed. */
    updatedAt: timestamp,
  })
  .strict();

/** Version 3, the current form: version 2 plus the learner's name. */
export const oracleV3 = oracleV2
  .extend({
    /** Always 3. */
    version: z.literal(3),
    /**
     * The name the learner typed on the progress page, shown to their group when they share an
     * exported file. Optional: absent until they type one; never empty when present.
     */
    learnerName: z.string().trim().min(1).max(80).optional(),
  })
  .strict();
