/** The shape of the course built from lessons: sections in order, and each lesson's neighbours. */

/** What the course map needs of a lesson. */
export interface CourseLesson {
  id: string;
  data: { title: string; section: string; order: number; summary: string; minutes: number };
}

export interface CourseSection<L extends CourseLesson> {
  title: string;
  lessons: L[];
  minutes: number;
}

/** Lessons sorted by `order`. */
export function inCourseOrder<L extends CourseLesson>(lessons: readonly L[]): L[] {
  return [...lessons].sort((a, b) => a.data.order - b.data.order);
}

/** Sections in the order of their first lesson, each with its lessons in order. */
export function courseSections<L extends CourseLesson>(lessons: readonly L[]): CourseSection<L>[] {
  const sections = new Map<string, CourseSection<L>>();
  for (const lesson of inCourseOrder(lessons)) {
    const section = sections.get(lesson.data.section) ?? { title: lesson.data.section, lessons: [], minutes: 0 };
    section.lessons.push(lesson);
    section.minutes += lesson.data.minutes;
    sections.set(lesson.data.section, section);
  }
  return [...sections.values()];
}

/** The lessons before and after `id` in course order. */
export function neighbours<L extends CourseLesson>(lessons: readonly L[], id: string): { previous?: L; next?: L } {
  const ordered = inCourseOrder(lessons);
  const index = ordered.findIndex((lesson) => lesson.id === id);
  if (index === -1) return {};
  const result: { previous?: L; next?: L } = {};
  const previous = ordered[index - 1];
  const next = ordered[index + 1];
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
}

/** The exercises a lesson links, in the order its frontmatter lists them. */
export function linkedExercises<E extends { id: string }>(
  lesson: { data: { exercises: readonly string[] } },
  exercises: readonly E[],
): E[] {
  return lesson.data.exercises.flatMap((id) => exercises.filter((exercise) => exercise.id === id));
}

/** Lessons in course order with the exercises each links; lessons without exercises are left out. */
export function exercisesByLesson<L extends CourseLesson & { data: { exercises: readonly string[] } }, E extends { id: string }>(
  lessons: readonly L[],
  exercises: readonly E[],
): { lesson: L; exercises: E[] }[] {
  return inCourseOrder(lessons)
    .map((lesson) => ({ lesson, exercises: linkedExercises(lesson, exercises) }))
    .filter((group) => group.exercises.length > 0);
}

/** A lesson's words on a page of another language (an entry of the `lessonPages` collection). */
export interface LessonPageWords {
  data: { locale: string; lesson: string; translated: boolean; title: string; summary: string; objectives: string[] };
}

/** Lessons or exercises as a page of some language shows them: `lang` is "en" where the words are still English there. */
export type InLocale<T> = T & { lang: 'en' | undefined };

/**
 * The lessons as a page in `locale` names them: each translated lesson with its translation's
 * title, summary and objectives, the rest in English, marked `lang: 'en'` (so the page can say
 * so to assistive technology). In English, the lessons as they are.
 */
export function lessonsInLocale<L extends CourseLesson & { data: { objectives: string[] } }>(
  lessons: readonly L[],
  pages: readonly LessonPageWords[],
  locale: string,
): InLocale<L>[] {
  const words = new Map(
    pages.filter((page) => page.data.locale === locale && page.data.translated).map((page) => [page.data.lesson, page.data]),
  );
  return lessons.map((lesson) => {
    const own = words.get(lesson.id);
    if (!own) return { ...lesson, lang: locale === 'en' ? undefined : 'en' };
    return { ...lesson, lang: undefined, data: { ...lesson.data, title: own.title, summary: own.summary, objectives: own.objectives } };
  });
}

/** A translated exercise prompt's words (an entry of the `exercisePrompts` collection). */
export interface ExercisePromptWords {
  data: { locale: string; exercise: string; title: string; hints: string[] };
}

/** The exercises as a page in `locale` names them: translated ones with their title and hints in it, the rest marked `lang: 'en'`. */
export function exercisesInLocale<E extends { id: string; data: { title: string; hints: string[] } }>(
  exercises: readonly E[],
  prompts: readonly ExercisePromptWords[],
  locale: string,
): InLocale<E>[] {
  const words = new Map(prompts.filter((prompt) => prompt.data.locale === locale).map((prompt) => [prompt.data.exercise, prompt.data]));
  return exercises.map((exercise) => {
    const own = words.get(exercise.id);
    if (!own) return { ...exercise, lang: locale === 'en' ? undefined : 'en' };
    return { ...exercise, lang: undefined, data: { ...exercise.data, title: own.title, hints: own.hints } };
  });
}
