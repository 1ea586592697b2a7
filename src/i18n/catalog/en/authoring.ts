/**
 * Every message an instructor can see from the content checks, in one place so that wording
 * stays consistent, is pinned by tests and can be translated. Each says what is wrong, what was
 * found, and how to fix it.
 */
import { plural } from '../../plural';

const quote = (value: string) => `"${value}"`;
const list = (values: readonly string[]) => values.map(quote).join(', ');

/** The content check's messages (`npm run check`, the build's remark plugins and the Open a lesson page). */
export const authoringMessages = {
  missingFrontmatter: () =>
    'The file has no frontmatter. Start it with a `---` block that holds at least title, section, order, summary and objectives (see the authoring guide).',
  unreadableFrontmatter: (reason: string) =>
    `The frontmatter is not valid YAML (${reason}). Fix the YAML syntax between the two \`---\` lines; quote values that contain a colon.`,
  frontmatterField: (field: string, problem: string) =>
    `Frontmatter field \`${field}\`: ${problem}. Fix the value or see the field list in the lesson format reference.`,
  missingField: (field: string) => `Frontmatter field \`${field}\` is missing. Add it; the lesson format reference says what it holds.`,
  unknownField: (field: string) =>
    `Frontmatter field \`${field}\` is not a known field. Remove it or check its spelling against the lesson format reference.`,
  unknownExercise: (id: string, known: readonly string[]) =>
    `Exercise ${quote(id)} does not exist. Create the folder \`exercises/${id}/\` or use one of: ${known.length ? list(known) : '(no exercises yet)'}.`,
  unknownPrerequisite: (id: string, known: readonly string[]) =>
    `Prerequisite ${quote(id)} is not a lesson. Use the file name of a lesson in \`lessons/\` without \`.md\`: ${known.length ? list(known) : '(no lessons yet)'}.`,
  prerequisiteNotEarlier: (id: string, itsOrder: number, order: number) =>
    `Prerequisite ${quote(id)} comes at order ${itsOrder}, not before this lesson (order ${order}). Give this lesson a higher \`order\` than its prerequisites, or remove ${quote(id)} from \`prerequisites\`.`,
  selfPrerequisite: (id: string) => `The lesson lists itself (${quote(id)}) as a prerequisite. Remove it from \`prerequisites\`.`,
  duplicateOrder: (order: number, otherFile: string) =>
    `Lesson order ${order} is already used by ${otherFile}. Give each lesson a different \`order\`.`,
  katex: (reason: string) =>
    `KaTeX cannot parse this math: ${reason}. Fix the LaTeX between the dollar signs; a literal dollar sign is written \\$.`,
  theoryBeforeCode: () =>
    'A theory layer comes before the first runnable cell. Runfirst lessons open with code: move a ```js run cell above the first :::theory block.',
  theoryWithoutCode: () => 'The lesson has theory but no runnable cell. Add a ```js run cell before the first :::theory block.',
  theoryTopic: (received: string | undefined, topics: readonly string[]) =>
    `A theory layer has topic ${received === undefined ? '(none)' : quote(received)}. Write :::theory{topic="…" title="…"} with one of: ${list(topics)}.`,
  theoryTitle: () => 'A theory layer has no title. Write :::theory{topic="…" title="What this layer explains"}.',
  theoryTopicNotListed: (topic: string) =>
    `The theory topic ${quote(topic)} is not listed in the frontmatter \`topics\`. Add it there so the course map can show it.`,
  unknownDirective: (name: string) =>
    `Unknown block :::${name}. The only block directive is :::theory{topic="…" title="…"}; for a literal ":::" line, indent it as code.`,
  unclosedDirective: () => 'This :::theory block is never closed. End it with a line holding only `:::`.',
  duplicateCellId: (id: string, firstLine: number) =>
    `Cell id ${quote(id)} is used twice (first on line ${firstLine}). Give each \`\`\`js run cell a different id=… or remove the ids to number cells automatically.`,
  badCellId: (id: string) =>
    `Cell id ${quote(id)} is not valid. Use lowercase letters, digits and hyphens, e.g. \`\`\`js run id=train-loop.`,
  exerciseMissingFile: (id: string, file: string) =>
    `Exercise folder \`exercises/${id}/\` has no \`${file}\`. Every exercise needs prompt.md, starter.js, solution.js and tests.js: add the missing file.`,
  exerciseIdMismatch: (folder: string, id: string) =>
    `The prompt's id ${quote(id)} does not match its folder ${quote(folder)}. Make \`id\` equal the folder name.`,
  exerciseUnknownLesson: (lesson: string, known: readonly string[]) =>
    `The exercise's lesson ${quote(lesson)} does not exist. Use one of: ${known.length ? list(known) : '(no lessons yet)'}.`,
  exerciseNotLinked: (id: string, lesson: string) =>
    `The exercise is not listed in its lesson's frontmatter. Add ${quote(id)} to \`exercises\` in lessons/${lesson}.md.`,
  unknownLocale: (path: string, locales: readonly string[]) =>
    `${path} is not a language this site has. Put translations in lessons/<locale>/ or exercises/<id>/prompt.<locale>.md for one of: ${list(locales)} (src/i18n/locales.ts lists them).`,
  translationWithoutLesson: (id: string, locale: string, known: readonly string[]) =>
    `There is no English lesson lessons/${id}.md for this translation. Remove the translation, or name it lessons/${locale}/<id>.md after one of: ${known.length ? list(known) : '(no lessons yet)'}.`,
  translationField: (field: string, allowed: readonly string[], englishFile: string) =>
    `Frontmatter field \`${field}\` does not belong in a translation: it holds only ${allowed.map((f) => `\`${f}\``).join(', ')}, and everything else comes from ${englishFile}. Remove it (or change it there).`,
  translationListLength: (field: 'objective' | 'hint', translated: number, english: number, englishFile: string) =>
    `The translation has ${plural(translated, { one: `# ${field}`, other: `# ${field}s` }, 'en')}; ${englishFile} has ${english}. Translate each ${field} once, in the same order.`,
  translationCellCount: (translated: number, english: number, englishFile: string) =>
    `The translation has ${plural(translated, { one: '# code cell', other: '# code cells' }, 'en')}; ${englishFile} has ${english}. A translated lesson runs the same cells as the English one, in the same order: copy the missing cells from it, or remove the extra ones.`,
  translationCellFence: (cell: number, fence: string, englishFence: string, englishAt: string) =>
    `Code cell ${cell} is fenced \`\`\`${fence}; the English cell (${englishAt}) is fenced \`\`\`${englishFence}. Keep each cell's fence line exactly as in the English lesson.`,
  translationCellCode: (cell: number, id: string, englishAt: string, englishLine: string, translatedLine: string) =>
    `Code cell ${cell} (${id}) does not run the same code as the English cell (${englishAt}): here \`${translatedLine || '(nothing)'}\`, in English \`${englishLine || '(nothing)'}\`. Only comments may be translated; copy the code from the English lesson.`,
  emptyCode: (file: string) => `\`${file}\` is empty. Write the code the learner starts from (or the reference solution).`,
};
