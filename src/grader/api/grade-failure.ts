/**
 * Thrown by the grading API (`expect.*`) when a learner's answer fails a check; its message
 * teaches (see messages.ts). Anything else a test throws is reported as an error of the test.
 */
export class GradeFailure extends Error {
  override readonly name = 'GradeFailure';
}
