import { z } from 'zod';
import { TRANSLATED_LOCALES } from '../../i18n/locales';
import { slugId } from './lesson';

/**
 * A lesson as a translated locale's page shows it (the `lessonPages` collection, built by
 * src/authoring/translation-loader.ts from the files that translation.ts validates): the
 * translation's words, or the English lesson's while it has none.
 */
export const lessonPageSchema = z
  .object({
    /** The page's language. */
    locale: z.enum(TRANSLATED_LOCALES),
    /** The lesson's id (its English file's name). */
    lesson: slugId,
    /** Whether `lessons/<locale>/<lesson>.md` exists; without it the page shows the English lesson with a notice. */
    translated: z.boolean(),
    /** The title, summary and objectives the page shows (the translation's, else the English ones). */
    title: z.string(),
    summary: z.string(),
    objectives: z.array(z.string()),
  })
  .strict();

/** A translated exercise prompt, `exercises/<exercise>/prompt.<locale>.md` (the `exercisePrompts` collection). */
export const exercisePromptSchema = z
  .object({
    locale: z.enum(TRANSLATED_LOCALES),
    /** The exercise's id (its folder's name). */
    exercise: slugId,
    /** The exercise's title and hints in this language. */
    title: z.string(),
    hints: z.array(z.string()),
  })
  .strict();
