/**
 * Thrown by `expect.*` when a check fails, in a lesson cell and in grading alike; its message
 * teaches (see expect-messages.ts). Anything else a test throws is reported as an error of the
 * test, not as a failed check.
 */
export class ExpectFailure extends Error {
  override readonly name: string = 'ExpectFailure';
}
