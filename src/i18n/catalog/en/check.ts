/**
 * What the page itself says about a Check, without the grading worker: the summary of a report
 * it makes up, and why it stopped grading (read through src/grader/ui/check-messages.ts). Its own
 * area so a lesson page carries these few sentences, not every grading message; the grading
 * messages (./grader.ts) include them.
 */
import { testMessages } from './expect';

export const checkMessages = {
  /** "N of M tests passed". */
  summary: testMessages.summary,
  gradingTimedOut: (seconds: number) => `Grading did not finish within ${seconds} s and was stopped. Look for a loop that never ends.`,
  graderCrashed: (reason: string) =>
    `The grader itself failed (${reason}). This is a bug in the exercise, not in your code; please report it.`,
  /** `graderCrashed`'s reason when the grading worker fails without a message. */
  workerError: 'worker error',
};
