/**
 * The group board's reading of exported progress files (page thread, no DOM): each file becomes
 * a learner or a sentence saying why it is not shown. The same export given twice counts once;
 * two exports naming the same learner show the newer one. Nothing here is rendered: names and
 * file names stay plain strings for `textContent`.
 */
import { readProgressFile, type ProgressFileProblem } from './transfer';
import { groupFileMessages, groupUi } from './group-messages';
import type { ExerciseProgress } from './schema';

/** Files above this size are refused without being read (an export is far smaller: code and a few numbers per exercise). */
export const GROUP_FILE_LIMIT_MB = 10;
export const GROUP_FILE_LIMIT_BYTES = GROUP_FILE_LIMIT_MB * 1024 * 1024;

/** A file as the page hands it over: its text, or why there is none (too large, or the browser failed to read it). */
export type GivenFile = { fileName: string; size: number } & ({ text: string } | { unreadable: string } | { tooLarge: true });

/** One learner's row on the board. */
export interface BoardLearner {
  /** The name the learner typed, or "Unnamed (<file name>)". */
  name: string;
  /** Whether the learner typed the name (unnamed learners are never taken for each other). */
  named: boolean;
  fileName: string;
  exportedAt?: string;
  courseVersion?: string;
  exercises: Record<string, ExerciseProgress>;
  /** When the progress last changed, to tell two exports apart. */
  updatedAt: number;
}

/** A file the board does not show, and why, in words for the person running the board. */
export interface NotShown {
  fileName: string;
  message: string;
}

function problemMessage(fileName: string, problem: ProgressFileProblem): string {
  switch (problem.kind) {
    case 'not-json':
      return groupFileMessages.notJson(fileName, problem.reason);
    case 'foreign':
      return groupFileMessages.foreign(fileName);
    case 'newer':
      return groupFileMessages.newer(fileName, problem.version);
    case 'damaged':
      return groupFileMessages.damaged(fileName, problem.where, problem.problem);
  }
}

/** When an export was made, for choosing the newer of two: its stamp, else when its progress last changed. */
const exportTime = (learner: BoardLearner) => (learner.exportedAt ? Date.parse(learner.exportedAt) : learner.updatedAt);

/** The same export twice: same name (or both unnamed), same export time, same last change. */
const sameExport = (a: BoardLearner, b: BoardLearner) =>
  a.named === b.named && (!a.named || a.name === b.name) && a.exportedAt === b.exportedAt && a.updatedAt === b.updatedAt;

const nameKey = (name: string) => name.toLocaleLowerCase('en');

/** Reads every given file: the learners to show (sorted by name) and the files not shown, in the order given. */
export function readGroupFiles(files: readonly GivenFile[], now: number): { learners: BoardLearner[]; notShown: NotShown[] } {
  const learners: BoardLearner[] = [];
  const notShown: NotShown[] = [];
  const refuse = (fileName: string, message: string) => notShown.push({ fileName, message });
  for (const file of files) {
    const { fileName } = file;
    if ('tooLarge' in file) {
      refuse(fileName, groupFileMessages.tooLarge(fileName, file.size / (1024 * 1024), GROUP_FILE_LIMIT_MB));
      continue;
    }
    if ('unreadable' in file) {
      refuse(fileName, groupFileMessages.unreadable(fileName, file.unreadable));
      continue;
    }
    const read = readProgressFile(file.text, now);
    if (!read.ok) {
      refuse(fileName, problemMessage(fileName, read.problem));
      continue;
    }
    const { learnerName } = read.progress;
    const learner: BoardLearner = {
      name: learnerName ?? groupUi.unnamed(fileName),
      named: learnerName !== undefined,
      fileName,
      exercises: read.progress.exercises,
      updatedAt: read.progress.updatedAt,
    };
    if (read.exportedAt !== undefined) learner.exportedAt = read.exportedAt;
    if (read.courseVersion !== undefined) learner.courseVersion = read.courseVersion;

    const twin = learners.findIndex((other) => sameExport(other, learner));
    if (twin !== -1) {
      refuse(fileName, groupFileMessages.sameExport(fileName, learners[twin]!.fileName));
      continue;
    }
    const namesake = learner.named ? learners.findIndex((other) => other.named && nameKey(other.name) === nameKey(learner.name)) : -1;
    if (namesake !== -1) {
      const other = learners[namesake]!;
      const [newer, older] = exportTime(learner) > exportTime(other) ? [learner, other] : [other, learner];
      learners[namesake] = newer;
      refuse(older.fileName, groupFileMessages.olderExport(older.fileName, older.name, newer.fileName));
      continue;
    }
    learners.push(learner);
  }
  learners.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.fileName.localeCompare(b.fileName, 'en'));
  return { learners, notShown };
}
