import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { lessonSchema, type Lesson } from '../content/schemas/lesson';
import { exerciseSchema, EXERCISE_FILES, type Exercise } from '../content/schemas/exercise';
import { lessonRemarkPlugins } from '../markdown/pipeline';
import { AuthoringError } from '../content/authoring-error';
import { splitFrontmatter, validateFrontmatter } from './frontmatter';
import { authoringMessages } from '../content/authoring-messages';
import { checkTranslations, type TranslationReport } from './check-translations';

/** Where the content lives; tests point these at fixture folders. */
export interface ContentDirs {
  root: string;
  lessonsDir: string;
  exercisesDir: string;
}

/** What the check found: every problem, and the entries that were valid. */
export interface ContentReport {
  errors: AuthoringError[];
  lessons: Map<string, Lesson>;
  exercises: Map<string, Exercise>;
  /** The valid translations, keyed "<locale>/<id>". */
  translations: TranslationReport;
}

const listMarkdown = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.md'))
        .sort()
    : [];
const listFolders = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => statSync(join(dir, name)).isDirectory())
        .sort()
    : [];

/**
 * Runs the lesson markdown through the same remark plugins as the site, collecting errors.
 * Without readable frontmatter the checks that compare the body with it (theory topics listed in
 * `topics`) are skipped: the frontmatter's own error is the one to fix first.
 */
async function checkMarkdownBody(path: string, source: string, frontmatter: Record<string, unknown> | undefined, errors: AuthoringError[]) {
  const file = new VFile({ path, value: splitFrontmatter(source).body, data: frontmatter ? { astro: { frontmatter } } : {} });
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(lessonRemarkPlugins({ errors }) as PluggableList);
  await processor.run(processor.parse(file), file);
}

/**
 * Checks every lesson and exercise: frontmatter against the schemas, the markdown rules
 * (run-first, math, theory layers, cell ids) and the links between them (prerequisites,
 * exercises, lesson order), and every translation against its English lesson or prompt
 * (check-translations.ts). The same rules stop `astro build`.
 */
export async function checkContent({ root, lessonsDir, exercisesDir }: ContentDirs): Promise<ContentReport> {
  const errors: AuthoringError[] = [];
  const lessons = new Map<string, Lesson>();
  const exercises = new Map<string, Exercise>();
  const rel = (path: string) => relative(root, path);
  const lessonIds = listMarkdown(lessonsDir).map((name) => name.slice(0, -3));
  const exerciseIds = listFolders(exercisesDir);
  const lessonLinks: { id: string; file: string; lesson: Lesson; lineOf: (p: (string | number)[]) => number | undefined }[] = [];

  for (const id of lessonIds) {
    const path = join(lessonsDir, `${id}.md`);
    const source = readFileSync(path, 'utf8');
    const { data, raw, problems, lineOf } = validateFrontmatter(source, lessonSchema);
    for (const problem of problems) errors.push(new AuthoringError(rel(path), problem.line, problem.reason));
    await checkMarkdownBody(rel(path), source, raw, errors);
    if (!data) continue;
    lessons.set(id, data);
    lessonLinks.push({ id, file: rel(path), lesson: data, lineOf });
  }

  const firstFileOfOrder = new Map<number, string>();
  for (const { id, file, lesson, lineOf } of lessonLinks) {
    lesson.exercises.forEach((exerciseId, i) => {
      if (!exerciseIds.includes(exerciseId)) {
        errors.push(new AuthoringError(file, lineOf(['exercises', i]), authoringMessages.unknownExercise(exerciseId, exerciseIds)));
      }
    });
    lesson.prerequisites.forEach((prerequisite, i) => {
      const line = lineOf(['prerequisites', i]);
      if (prerequisite === id) errors.push(new AuthoringError(file, line, authoringMessages.selfPrerequisite(id)));
      else if (!lessonIds.includes(prerequisite)) {
        errors.push(new AuthoringError(file, line, authoringMessages.unknownPrerequisite(prerequisite, lessonIds)));
      } else {
        // Reordering lessons must not put a lesson before what it builds on.
        const earlier = lessons.get(prerequisite);
        if (earlier && earlier.order >= lesson.order) {
          errors.push(new AuthoringError(file, line, authoringMessages.prerequisiteNotEarlier(prerequisite, earlier.order, lesson.order)));
        }
      }
    });
    const other = firstFileOfOrder.get(lesson.order);
    if (other) errors.push(new AuthoringError(file, lineOf(['order']), authoringMessages.duplicateOrder(lesson.order, other)));
    else firstFileOfOrder.set(lesson.order, file);
  }

  for (const folder of exerciseIds) {
    const dir = join(exercisesDir, folder);
    const missing = EXERCISE_FILES.filter((name) => !existsSync(join(dir, name)));
    for (const name of missing) errors.push(new AuthoringError(rel(dir), undefined, authoringMessages.exerciseMissingFile(folder, name)));
    for (const name of ['starter.js', 'solution.js'] as const) {
      const path = join(dir, name);
      if (existsSync(path) && readFileSync(path, 'utf8').trim() === '') {
        errors.push(new AuthoringError(rel(path), 1, authoringMessages.emptyCode(name)));
      }
    }
    if (missing.includes('prompt.md')) continue;
    const promptPath = join(dir, 'prompt.md');
    const source = readFileSync(promptPath, 'utf8');
    const { data, raw, problems, lineOf } = validateFrontmatter(source, exerciseSchema);
    for (const problem of problems) errors.push(new AuthoringError(rel(promptPath), problem.line, problem.reason));
    await checkMarkdownBody(rel(promptPath), source, raw, errors);
    if (!data) continue;
    if (data.id !== folder)
      errors.push(new AuthoringError(rel(promptPath), lineOf(['id']), authoringMessages.exerciseIdMismatch(folder, data.id)));
    const lesson = lessons.get(data.lesson);
    if (!lessonIds.includes(data.lesson)) {
      errors.push(new AuthoringError(rel(promptPath), lineOf(['lesson']), authoringMessages.exerciseUnknownLesson(data.lesson, lessonIds)));
    } else if (lesson && !lesson.exercises.includes(folder)) {
      errors.push(new AuthoringError(rel(promptPath), lineOf(['lesson']), authoringMessages.exerciseNotLinked(folder, data.lesson)));
    }
    exercises.set(folder, data);
  }
  const translations = await checkTranslations(
    {
      lessonsDir,
      exercisesDir,
      rel,
      lessons,
      exercises,
      lessonIds,
      exerciseIds,
      checkBody: (file, source, frontmatter) => checkMarkdownBody(file, source, frontmatter, errors),
    },
    errors,
  );
  return { errors, lessons, exercises, translations };
}

/** The project's own content folders. */
export function projectContentDirs(root = process.cwd()): ContentDirs {
  return { root, lessonsDir: join(root, 'lessons'), exercisesDir: join(root, 'exercises') };
}
