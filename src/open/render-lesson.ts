/**
 * Renders a lesson file in the browser, for the Open a lesson page: the same frontmatter
 * validation and remark plugins as `npm run check` and the site build (so the same authoring
 * errors, worded the same), then HTML in which nothing from the file is raw HTML. Loaded only
 * by that page, on first use (it carries remark, KaTeX and the schema).
 */
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { lessonSchema, type Lesson } from '../content/schemas/lesson';
import { AuthoringError } from '../content/authoring-error';
import { authoringMessages } from '../content/authoring-messages';
import { validateFrontmatter, splitFrontmatter } from '../authoring/frontmatter';
import { lessonRemarkPluginList } from '../markdown/plugins';
import { rehypeSafe } from './rehype-safe';

/** What the site's course holds, for the checks that compare a lesson with it. */
export interface CourseIds {
  lessonIds: readonly string[];
  exerciseIds: readonly string[];
}

/** A rendered lesson: its HTML, the frontmatter when valid, and every authoring error. */
export interface RenderedLesson {
  html: string;
  lesson: Lesson | undefined;
  errors: AuthoringError[];
}

/**
 * Checks and renders `source`, named `name` in its errors. With `course`, the lesson's
 * `exercises` and `prerequisites` are checked against this site's, as `npm run check` would if
 * the file were in `lessons/` (order is not compared: the lesson is not part of the course).
 */
export async function renderLesson(name: string, source: string, course?: CourseIds): Promise<RenderedLesson> {
  const errors: AuthoringError[] = [];
  const { data, raw, problems, lineOf } = validateFrontmatter(source, lessonSchema);
  for (const problem of problems) errors.push(new AuthoringError(name, problem.line, problem.reason));

  const file = new VFile({ path: name, value: splitFrontmatter(source).body, data: raw ? { astro: { frontmatter: raw } } : {} });
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(lessonRemarkPluginList({ errors }))
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeSafe)
    .use([[rehypeKatex, { throwOnError: false, strict: 'ignore' }]] as PluggableList)
    .use(rehypeStringify, { allowDangerousHtml: true });
  const html = String(await processor.process(file));

  if (data && course) {
    data.exercises.forEach((id, i) => {
      if (!course.exerciseIds.includes(id)) {
        errors.push(new AuthoringError(name, lineOf(['exercises', i]), authoringMessages.unknownExercise(id, course.exerciseIds)));
      }
    });
    data.prerequisites.forEach((id, i) => {
      if (!course.lessonIds.includes(id)) {
        errors.push(new AuthoringError(name, lineOf(['prerequisites', i]), authoringMessages.unknownPrerequisite(id, course.lessonIds)));
      }
    });
  }
  return { html, lesson: data, errors };
}
