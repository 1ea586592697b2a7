/**
 * The content check's part for translations: every `lessons/<locale>/<id>.md` translates an
 * English lesson (frontmatter per `lessonTranslationSchema`, as many objectives, the same code
 * cells: `translation-cells.ts`) and every `exercises/<id>/prompt.<locale>.md` translates its
 * folder's prompt (as many hints). The body goes through the same markdown checks as the English.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AuthoringError } from '../content/authoring-error';
import { authoringMessages } from '../content/authoring-messages';
import type { Exercise } from '../content/schemas/exercise';
import type { Lesson } from '../content/schemas/lesson';
import {
  exerciseTranslationSchema,
  lessonTranslationSchema,
  type ExerciseTranslation,
  type LessonTranslation,
} from '../content/schemas/translation';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../i18n/locales';
import { validateFrontmatter } from './frontmatter';
import { cellDifferences, lessonCells } from './translation-cells';

/** The translations the check found valid, keyed "<locale>/<id>". */
export interface TranslationReport {
  lessons: Map<string, LessonTranslation>;
  exercises: Map<string, ExerciseTranslation>;
}

/** What the translation check needs from the rest of the content check. */
export interface TranslationInput {
  lessonsDir: string;
  exercisesDir: string;
  /** Paths relative to the project root, as errors name files. */
  rel: (path: string) => string;
  /** The English lessons and exercises that passed their own checks. */
  lessons: ReadonlyMap<string, Lesson>;
  exercises: ReadonlyMap<string, Exercise>;
  lessonIds: readonly string[];
  exerciseIds: readonly string[];
  /** Runs a markdown body through the lesson checks, with the frontmatter its rules compare against. */
  checkBody: (file: string, source: string, frontmatter: Record<string, unknown> | undefined) => Promise<void>;
}

const isLocale = (name: string): name is TranslatedLocale => (TRANSLATED_LOCALES as readonly string[]).includes(name);
const markdownIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.md'))
        .sort()
    : [];

/** Checks every translation, adding problems to `errors`. */
export async function checkTranslations(input: TranslationInput, errors: AuthoringError[]): Promise<TranslationReport> {
  const report: TranslationReport = { lessons: new Map(), exercises: new Map() };
  const { lessonsDir, exercisesDir, rel } = input;

  const folders = existsSync(lessonsDir)
    ? readdirSync(lessonsDir)
        .filter((name) => statSync(join(lessonsDir, name)).isDirectory())
        .sort()
    : [];
  for (const folder of folders) {
    if (!isLocale(folder)) {
      errors.push(
        new AuthoringError(
          rel(join(lessonsDir, folder)),
          undefined,
          authoringMessages.unknownLocale(`lessons/${folder}/`, TRANSLATED_LOCALES),
        ),
      );
      continue;
    }
    for (const name of markdownIn(join(lessonsDir, folder))) {
      const id = name.slice(0, -3);
      const path = join(lessonsDir, folder, name);
      const file = rel(path);
      const source = readFileSync(path, 'utf8');
      if (!input.lessonIds.includes(id)) {
        errors.push(new AuthoringError(file, 1, authoringMessages.translationWithoutLesson(id, folder, input.lessonIds)));
        continue;
      }
      const before = errors.length;
      const englishPath = join(lessonsDir, `${id}.md`);
      const englishFile = rel(englishPath);
      const english = input.lessons.get(id);
      const { data, raw, problems, lineOf } = validateFrontmatter(source, lessonTranslationSchema, (field) =>
        authoringMessages.translationField(field, Object.keys(lessonTranslationSchema.shape), englishFile),
      );
      for (const problem of problems) errors.push(new AuthoringError(file, problem.line, problem.reason));
      // The body's rules (e.g. theory topics listed in `topics`) read the English frontmatter.
      await input.checkBody(file, source, english && raw ? { ...english, ...raw } : undefined);
      if (data && english && data.objectives.length !== english.objectives.length) {
        errors.push(
          new AuthoringError(
            file,
            lineOf(['objectives']),
            authoringMessages.translationListLength('objective', data.objectives.length, english.objectives.length, englishFile),
          ),
        );
      }
      const englishCells = lessonCells(readFileSync(englishPath, 'utf8'));
      for (const difference of cellDifferences(englishCells, lessonCells(source))) {
        if (difference.kind === 'count') {
          errors.push(
            new AuthoringError(file, 1, authoringMessages.translationCellCount(difference.translated, difference.english, englishFile)),
          );
        } else if (difference.kind === 'fence') {
          const { cell, english: want } = difference;
          errors.push(
            new AuthoringError(
              file,
              cell.line,
              authoringMessages.translationCellFence(cell.number, cell.fence, want.fence, `${englishFile}:${want.line}`),
            ),
          );
        } else {
          const { cell, english: want } = difference;
          errors.push(
            new AuthoringError(
              file,
              difference.line,
              authoringMessages.translationCellCode(
                cell.number,
                want.id,
                `${englishFile}:${want.line}`,
                difference.englishLine,
                difference.translatedLine,
              ),
            ),
          );
        }
      }
      if (data && errors.length === before) report.lessons.set(`${folder}/${id}`, data);
    }
  }

  for (const id of input.exerciseIds) {
    const dir = join(exercisesDir, id);
    for (const name of readdirSync(dir)
      .filter((n) => /^prompt\.[^.]+\.md$/.test(n))
      .sort()) {
      const locale = name.slice('prompt.'.length, -'.md'.length);
      const path = join(dir, name);
      const file = rel(path);
      if (!isLocale(locale)) {
        errors.push(new AuthoringError(file, undefined, authoringMessages.unknownLocale(`exercises/${id}/${name}`, TRANSLATED_LOCALES)));
        continue;
      }
      const source = readFileSync(path, 'utf8');
      const english = input.exercises.get(id);
      const englishPrompt = rel(join(dir, 'prompt.md'));
      const { data, raw, problems, lineOf } = validateFrontmatter(source, exerciseTranslationSchema, (field) =>
        authoringMessages.translationField(field, Object.keys(exerciseTranslationSchema.shape), englishPrompt),
      );
      for (const problem of problems) errors.push(new AuthoringError(file, problem.line, problem.reason));
      await input.checkBody(file, source, english && raw ? { ...english, ...raw } : undefined);
      if (!data || !english) continue;
      if (data.hints.length !== english.hints.length) {
        errors.push(
          new AuthoringError(
            file,
            lineOf(['hints']) ?? 1,
            authoringMessages.translationListLength('hint', data.hints.length, english.hints.length, englishPrompt),
          ),
        );
        continue;
      }
      report.exercises.set(`${locale}/${id}`, data);
    }
  }
  return report;
}
