/**
 * Thrown by the grading API beyond `expect.*` (`learner.call`, `ml.*`, `source.*`) when a
 * learner's answer fails a check; its message teaches (see messages.ts). An `ExpectFailure`, so
 * the harness reports both alike; anything else a test throws is reported as an error of the test.
 */
import { ExpectFailure } from '../../runtime/testing/expect-failure';

export class GradeFailure extends ExpectFailure {
  override readonly name: string = 'GradeFailure';
}
