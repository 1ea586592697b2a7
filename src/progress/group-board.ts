/**
 * The group board's figures (page thread, no DOM): per learner and exercise the status, checks
 * and hints; per exercise how many passed, how many tried, the pass rate; and which exercises the
 * group finds hardest. Pure functions of the learners read by `group-files.ts`.
 */
import type { BoardLearner } from './group-files';
import { freshExercise, type ExerciseProgress } from './schema';
import { groupUi } from './group-messages';

/** An exercise of this site's course, in course order (the page lists them at build time). */
export interface CourseExercise {
  id: string;
  title: string;
}

/** A column of the board: a course exercise, or one a file has that this course does not. */
export interface BoardColumn extends CourseExercise {
  inCourse: boolean;
}

/** The group's figures for one exercise. */
export interface ExerciseSummary {
  column: BoardColumn;
  /** Learners on the board. */
  learners: number;
  /** Learners who passed it. */
  passed: number;
  /** Learners who pressed Check at least once. */
  tried: number;
  /** Hints revealed, summed over the learners. */
  hints: number;
  /** Checks pressed, summed over the learners. */
  checks: number;
}

export interface Board {
  columns: BoardColumn[];
  learners: BoardLearner[];
  summaries: ExerciseSummary[];
  /** At most `HARDEST_SHOWN` exercises someone tried, hardest first. */
  hardest: ExerciseSummary[];
  /** The course versions the files name, other than `ownVersion`, sorted. */
  otherVersions: string[];
}

export const HARDEST_SHOWN = 3;

/** A learner's record of an exercise (a fresh one if they never touched it). */
export const progressOf = (learner: BoardLearner, id: string): ExerciseProgress => learner.exercises[id] ?? freshExercise();

const hasTried = (p: ExerciseProgress) => p.status !== 'not-started' || p.attempts > 0;

/**
 * Harder first: a smaller share of those who tried it passed; on a tie, more hints per learner
 * who tried, then more checks per learner who tried; then course order.
 */
export function byDifficulty(a: ExerciseSummary, b: ExerciseSummary): number {
  // Cross-multiplied, so equal shares compare equal exactly (no floating-point ties).
  return a.passed * b.tried - b.passed * a.tried || b.hints * a.tried - a.hints * b.tried || b.checks * a.tried - a.checks * b.tried;
}

/** The board for `learners` over the course's exercises (plus any exercise the files have that the course does not). */
export function buildBoard(course: readonly CourseExercise[], learners: readonly BoardLearner[], ownVersion: string): Board {
  const known = new Set(course.map((exercise) => exercise.id));
  const foreignIds = [...new Set(learners.flatMap((learner) => Object.keys(learner.exercises)))].filter((id) => !known.has(id)).sort();
  const columns: BoardColumn[] = [
    ...course.map((exercise) => ({ ...exercise, inCourse: true })),
    ...foreignIds.map((id) => ({ id, title: groupUi.notInCourse(id), inCourse: false })),
  ];
  const summaries = columns.map((column): ExerciseSummary => {
    const records = learners.map((learner) => progressOf(learner, column.id));
    return {
      column,
      learners: learners.length,
      passed: records.filter((p) => p.status === 'passed').length,
      tried: records.filter(hasTried).length,
      hints: records.reduce((sum, p) => sum + p.hintsUsed, 0),
      checks: records.reduce((sum, p) => sum + p.attempts, 0),
    };
  });
  const hardest = summaries
    .filter((summary) => summary.tried > 0)
    .map((summary, order) => ({ summary, order }))
    .sort((a, b) => byDifficulty(a.summary, b.summary) || a.order - b.order)
    .slice(0, HARDEST_SHOWN)
    .map(({ summary }) => summary);
  const versions = new Set(learners.flatMap((learner) => (learner.courseVersion ? [learner.courseVersion] : [])));
  versions.delete(ownVersion);
  return { columns, learners: [...learners], summaries, hardest, otherVersions: [...versions].sort() };
}

/** How many course exercises a learner passed. */
export const passedCount = (board: Board, learner: BoardLearner) =>
  board.columns.filter((column) => column.inCourse && progressOf(learner, column.id).status === 'passed').length;
