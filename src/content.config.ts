import { defineCollection } from 'astro:content';
import { courseGlob } from './authoring/course-loader';
import { lessonSchema } from './content/schemas/lesson';
import { exerciseSchema } from './content/schemas/exercise';
import { docSchema } from './content/schemas/doc';
import { exercisePromptSchema, lessonPageSchema } from './content/schemas/translated-page';
import { exercisePromptsLoader, lessonPagesLoader } from './authoring/translation-loader';

/** `lessons/<id>.md`: one markdown file per lesson. */
const lessons = defineCollection({
  loader: courseGlob({ pattern: '*.md', base: './lessons' }),
  schema: lessonSchema,
});

/** `exercises/<id>/prompt.md`: the prompt of each exercise folder; the id is the folder name. */
const exercises = defineCollection({
  loader: courseGlob({
    pattern: '*/prompt.md',
    base: './exercises',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: exerciseSchema,
});

/** `docs/*.md`: pages for instructors (the authoring guide), sourced from the repo. */
const docs = defineCollection({
  loader: courseGlob({ pattern: '*.md', base: './docs' }),
  schema: docSchema,
});

/** Every lesson as a translated page shows it: `lessons/<locale>/<id>.md`, or the English lesson with a notice. */
const lessonPages = defineCollection({ loader: lessonPagesLoader(), schema: lessonPageSchema });

/** `exercises/<id>/prompt.<locale>.md`: the translated prompts (others show the English prompt). */
const exercisePrompts = defineCollection({ loader: exercisePromptsLoader(), schema: exercisePromptSchema });

export const collections = { lessons, exercises, docs, lessonPages, exercisePrompts };
