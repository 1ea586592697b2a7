import { z } from 'zod';

/**
 * The frontmatter of a translated lesson, `lessons/<locale>/<id>.md`: only what a reader reads.
 * Everything else (order, section, prerequisites, exercises, topics, minutes, time limit) is the
 * English lesson's, so a translation cannot move a lesson in the course or change what it runs.
 */
export const lessonTranslationSchema = z
  .object({
    /** The lesson's title in this language. */
    title: z.string().min(2).max(90),
    /** One or two sentences in this language, as on the course map. */
    summary: z.string().min(5).max(240),
    /** The English lesson's objectives in this language: as many, in the same order. */
    objectives: z.array(z.string().min(2)).min(1),
  })
  .strict();

/** A translated lesson's validated frontmatter. */
export type LessonTranslation = z.output<typeof lessonTranslationSchema>;

/**
 * The frontmatter of a translated exercise prompt, `exercises/<id>/prompt.<locale>.md`. The id,
 * lesson, difficulty and time limit are the English prompt's; the tests are the same tests.
 */
export const exerciseTranslationSchema = z
  .object({
    /** The exercise's title in this language. */
    title: z.string().min(2).max(90),
    /** The English prompt's hints in this language: as many, in the same order. Default: none. */
    hints: z.array(z.string().min(2)).default([]),
  })
  .strict();

/** A translated exercise prompt's validated frontmatter. */
export type ExerciseTranslation = z.output<typeof exerciseTranslationSchema>;
