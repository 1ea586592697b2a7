/**
 * "What your prose promises, your test asserts": the contract between a lesson's sentences about
 * its own output and the test that holds them.
 *
 * A lesson's claims live in `test/lessons/claims/<lesson-id>.ts`. Each claim quotes, word for
 * word, the sentence (or the part of it) that tells the learner what they will see, and checks
 * it against what the lesson's cells produced. The same claims run twice: on the cpu backend in
 * node (`test/lessons/lessons.test.ts`) and on wasm in headless Chromium
 * (`e2e/lessons.spec.ts`), so a figure that differs between backends must be written in the
 * prose as a range or "about", or printed by the cell rather than quoted.
 *
 * Checks throw (with `node:assert` or `fail`) and may only read what both runs can read: the
 * lines a cell printed, the tables it showed, and its charts' text summaries.
 *
 * A translated lesson (`lessons/<locale>/<id>.md`) makes the same claims in its own words, so each
 * claim also quotes, in `saysIn`, the translation's sentence that makes it: one claim, one check,
 * its words in every language. The check needs no second run: a translation's code cells are the
 * English ones token for token (the content check enforces it, `src/authoring/check-translations.ts`),
 * so the English run's output is the translated lesson's too; the lesson test only verifies that
 * each translation still says what the claim checks.
 */
import type { TranslatedLocale } from '../../../src/i18n/locales';

/** A table a cell showed, as text. */
export interface TableOutput {
  columns: string[];
  rows: string[][];
}

/** What one cell produced, as the node harness and the browser page both report it. */
export interface CellOutput {
  /** The cell's id (its `id=` in the lesson, else `cell-N`). */
  id: string;
  /** The lines it printed with console.log/info/warn/error, in order. */
  lines: string[];
  /** The tables it showed, in order. */
  tables: TableOutput[];
  /**
   * Its line charts' and bar charts' text summaries, in order, as the page's screen-reader text
   * words them ("12 points. Latest: loss 0.21, accuracy 0.93." or "2 bars of bytes: float32 400,
   * int8 100. Largest: float32 400; smallest: int8 100.").
   */
  charts: string[];
}

/** What a whole lesson run produced. */
export interface LessonOutput {
  /** The tfjs backend it ran on: "cpu" in node, "wasm" in the browser. */
  backend: string;
  cells: CellOutput[];
}

/** One sentence of a lesson and the check that holds it. */
export interface Claim {
  /**
   * The words of the lesson that make the claim, verbatim (whitespace may differ; markdown
   * `*` emphasis and inline-code backticks are ignored): the test fails when the prose changes and the
   * claim was not updated with it.
   */
  says: string;
  /**
   * The same claim in each translation of the lesson: for every locale with a
   * `lessons/<locale>/<id>.md`, the words of that file that make this claim, verbatim and compared
   * like `says` (normaliseProse). The lesson test fails when a translation has no sentence here or
   * its words are not (or no longer) in the translated file.
   */
  saysIn?: Partial<Readonly<Record<TranslatedLocale, string>>>;
  /** Throws, saying what the run showed instead, when the run contradicts the claim. */
  check: (run: LessonRun) => void;
}

/** Thrown by a claim's check; the message says what the run showed. */
export class ClaimFailed extends Error {
  override name = 'ClaimFailed';
}

/** Throws ClaimFailed with `message`. */
export function fail(message: string): never {
  throw new ClaimFailed(message);
}

/** Reading helpers over a LessonOutput, so checks read like the sentence they hold. */
export class LessonRun {
  constructor(readonly output: LessonOutput) {}

  get backend(): string {
    return this.output.backend;
  }

  /** The output of the cell with this id; fails naming the ids there are. */
  cell(id: string): CellOutput {
    const found = this.output.cells.find((c) => c.id === id);
    if (!found) fail(`no cell "${id}" in this run (cells: ${this.output.cells.map((c) => c.id).join(', ')})`);
    return found;
  }

  /** All lines printed by the cell, joined by newlines. */
  text(id: string): string {
    return this.cell(id).lines.join('\n');
  }

  /**
   * The number captured by `pattern`'s first group in the cell's printed text (the first match,
   * or the last with `{ last: true }`); fails, quoting the output, when nothing matches.
   */
  number(id: string, pattern: RegExp, { last = false }: { last?: boolean } = {}): number {
    const all = this.numbers(id, pattern);
    const value = last ? all.at(-1) : all[0];
    if (value === undefined) fail(`cell "${id}" printed nothing matching ${String(pattern)}; it printed:\n${this.text(id).slice(0, 1500)}`);
    return value;
  }

  /** Every number captured by `pattern`'s first group in the cell's printed text, in order. */
  numbers(id: string, pattern: RegExp): number[] {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    return [...this.text(id).matchAll(global)].map((m) => parseNumber(m[1] ?? ''));
  }

  /** The cell's `index`-th table (0 = first); fails when it showed fewer. */
  table(id: string, index = 0): TableOutput {
    const table = this.cell(id).tables[index];
    if (!table) fail(`cell "${id}" showed ${this.cell(id).tables.length} table(s); the claim reads table ${index + 1}`);
    return table;
  }

  /**
   * The table as records keyed by column name: `rows(id)[0]['accuracy']`. Values stay text; use
   * `parseNumber` for figures.
   */
  rows(id: string, index = 0): Record<string, string>[] {
    const { columns, rows } = this.table(id, index);
    return rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i] ?? ''])));
  }

  /** The value of `column` in the row whose first column is `rowName`, as a number. */
  figure(id: string, rowName: string, column: string, index = 0): number {
    const { columns } = this.table(id, index);
    const row = this.rows(id, index).find((r) => r[columns[0] ?? ''] === rowName);
    if (!row) fail(`cell "${id}" table ${index + 1} has no row "${rowName}" (rows: ${this.rows(id, index).map((r) => r[columns[0] ?? '']).join(', ')})`);
    if (!(column in row)) fail(`cell "${id}" table ${index + 1} has no column "${column}" (columns: ${columns.join(', ')})`);
    return parseNumber(row[column] ?? '');
  }
}

/**
 * A figure as the display prints it: "0.93", "93.1 %", "1,438", "−0.5", "1.2e-3". Fails on text
 * that holds no number, so a check never compares against NaN.
 */
export function parseNumber(text: string): number {
  const cleaned = text.replace(/[,\s%]/g, '').replace(/\u2212/g, '-');
  const value = Number(cleaned);
  if (cleaned === '' || !Number.isFinite(value)) fail(`"${text}" is not a number`);
  return value;
}

/** The lesson's prose as claims quote it: markdown marks dropped, whitespace collapsed. */
export function normaliseProse(markdown: string): string {
  return markdown
    .replace(/[*`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
