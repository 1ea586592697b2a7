import { z } from 'zod';
import { MATH_TOPIC_IDS } from '../topics';

/** Lowercase words joined by hyphens: the form of every lesson and exercise id. */
export const slugId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and hyphens, e.g. "first-model".');

/**
 * The frontmatter of a lesson file `lessons/<id>.md`. The file name (without `.md`) is the
 * lesson id, used in URLs (`/lessons/<id>/`) and in other lessons' `prerequisites`.
 */
export const lessonSchema = z
  .object({
    /** The lesson's title, shown as the page's only `h1` and on the course map. */
    title: z.string().min(3).max(90),
    /** The course section the lesson belongs to, e.g. "Foundations". Lessons are grouped by it on the course map. */
    section: z.string().min(2).max(60),
    /** Position in the course, 1-based; unique across all lessons. Sections appear in the order of their first lesson. */
    order: z.number().int().positive(),
    /** One or two sentences for the course map and search results (at most 240 characters). */
    summary: z.string().min(10).max(240),
    /** Estimated minutes to work through the lesson, cells and exercises included. Default: 20. */
    minutes: z.number().int().positive().max(240).default(20),
    /** What the learner can do afterwards; shown at the top of the lesson. At least one. */
    objectives: z.array(z.string().min(3)).min(1),
    /** Ids of lessons to take first; each must be an existing lesson. Default: none. */
    prerequisites: z.array(slugId).default([]),
    /** Ids of exercises (folders under `exercises/`) that close this lesson, in order. Default: none. */
    exercises: z.array(slugId).default([]),
    /** The math tracks the lesson's theory layers use; every `:::theory` topic must be listed. Default: none. */
    topics: z.array(z.enum(MATH_TOPIC_IDS)).default([]),
    /** Seconds a single cell may run before it is stopped. Default: 60. */
    timeLimit: z.number().int().positive().max(600).default(60),
  })
  .strict();

/** A lesson's validated frontmatter, with defaults filled in. */
export type Lesson = z.output<typeof lessonSchema>;
