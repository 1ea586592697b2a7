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

/** "45 min" or "1 h 30 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
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
