/** Exported progress files for the group board tests, made by the real exporter. */
import { exportProgressText } from '../../src/progress/transfer';
import { emptyProgress, type ExerciseProgress, type Progress } from '../../src/progress/schema';
import type { GivenFile } from '../../src/progress/group-files';

export const COURSE = [
  { id: 'fit-a-line', title: 'Fit a line' },
  { id: 'stable-softmax', title: 'Stable softmax' },
  { id: 'knn', title: 'Nearest neighbours' },
];

export const VERSION = '0.1.0+abcdef12';

export const record = (status: ExerciseProgress['status'], attempts: number, hintsUsed = 0, solutionViewed = false): ExerciseProgress => ({
  status,
  attempts,
  hintsUsed,
  solutionViewed,
});

/** An exported file's text for a learner with these exercises. */
export function exported(
  learnerName: string | undefined,
  exercises: Record<string, ExerciseProgress>,
  { at = '2026-12-01T10:00:00.000Z', version = VERSION, updatedAt = 100 } = {},
): string {
  const progress: Progress = { ...emptyProgress(updatedAt), exercises };
  if (learnerName !== undefined) progress.learnerName = learnerName;
  return exportProgressText(progress, new Date(at), version);
}

export const given = (fileName: string, text: string): GivenFile => ({ fileName, size: text.length, text });
