import { z } from 'zod';
import { slugId } from './lesson';

/** The files every exercise folder `exercises/<id>/` must hold. */
export const EXERCISE_FILES = ['prompt.md', 'starter.js', 'solution.js', 'tests.js'] as const;

/**
 * The frontmatter of an exercise prompt, `exercises/<id>/prompt.md`. The prompt's body is the
 * task the learner reads; `starter.js`, `solution.js` and `tests.js` sit beside it.
 */
export const exerciseSchema = z
  .object({
    /** The exercise id; must equal the folder name. */
    id: slugId,
    /** The exercise's title, shown as its heading and in the exercise index. */
    title: z.string().min(3).max(90),
    /** Id of the lesson this exercise practises; the lesson must exist and list it under `exercises`. */
    lesson: slugId,
    /** How hard it is: "easy", "medium" or "hard". */
    difficulty: z.enum(['easy', 'medium', 'hard']),
    /** Hints revealed one at a time, in this order; the last may nearly give the answer away. Default: none. */
    hints: z.array(z.string().min(3)).default([]),
    /** Seconds each hidden test may run before it counts as timed out. Default: 10. */
    timeLimit: z.number().positive().max(120).default(10),
  })
  .strict();

/** An exercise's validated frontmatter, with defaults filled in. */
export type Exercise = z.output<typeof exerciseSchema>;
