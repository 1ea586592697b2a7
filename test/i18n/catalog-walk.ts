/**
 * Compares one area of a translation with the English one and lists what is wrong: a key
 * missing or extra, a message function taking a different number of arguments, a value of
 * another kind, and a text left in English (no CJK character where the English has letters).
 */

/** Catalog paths (`area.export.key…`) whose text is the same in every language: file names, figures, commands. */
export const LANGUAGE_NEUTRAL = new Set([
  'group.groupUi.csvFileName', // a file name, the same in every language
  'group.groupUi.learnerPassed', // "3 / 5" in a table cell
  'group.groupUi.percent', // "67%"
  'log.logMessages.noInterval', // "—": one run has no interval
  'open.openMessages.lede.command', // `npm run check`
  'site.layoutUi.pageTitle', // "<page title> · runfirst": the site's name
]);

/** A CJK character: a Han ideograph or CJK or full-width punctuation (。，、（）：). */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const LETTERS = /[A-Za-z]/;

const kind = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/** Every problem of `translated` against `english` under `path`, as "path: what is wrong". */
export function catalogProblems(
  english: unknown,
  translated: unknown,
  path: string,
  neutral: ReadonlySet<string> = LANGUAGE_NEUTRAL,
): string[] {
  if (kind(english) !== kind(translated)) return [`${path}: is ${kind(translated)}, the English is ${kind(english)}`];
  if (typeof english === 'string') {
    const text = translated as string;
    if (text.trim() === '') return [`${path}: is empty`];
    return LETTERS.test(english) && !neutral.has(path) && !CJK.test(text) ? [`${path}: not translated ("${text}")`] : [];
  }
  if (typeof english === 'function') {
    const fn = translated as (...args: unknown[]) => unknown;
    const problems: string[] = [];
    if (fn.length !== english.length) problems.push(`${path}: takes ${fn.length} arguments, the English takes ${english.length}`);
    // A message without arguments is read as it is; one with arguments by its source text.
    const text = fn.length === 0 ? String(fn()) : String(fn);
    if (!neutral.has(path) && !CJK.test(text)) problems.push(`${path}: not translated (${text.slice(0, 80)})`);
    return problems;
  }
  if (Array.isArray(english)) {
    const list = translated as unknown[];
    if (list.length !== english.length) return [`${path}: has ${list.length} items, the English has ${english.length}`];
    return english.flatMap((item, i) => catalogProblems(item, list[i], `${path}.${i}`, neutral));
  }
  if (typeof english === 'object' && english !== null) {
    const mine = translated as Record<string, unknown>;
    const theirs = english as Record<string, unknown>;
    return [
      ...Object.keys(theirs).flatMap((key) =>
        key in mine ? catalogProblems(theirs[key], mine[key], `${path}.${key}`, neutral) : [`${path}.${key}: missing`],
      ),
      ...Object.keys(mine)
        .filter((key) => !(key in theirs))
        .map((key) => `${path}.${key}: not in the English catalog`),
    ];
  }
  return english === translated ? [] : [`${path}: is ${String(translated)}, the English is ${String(english)}`];
}
