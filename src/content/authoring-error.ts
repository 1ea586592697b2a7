/**
 * A mistake in a lesson or exercise, located in its file. Thrown by the markdown plugins (so
 * `astro dev` and `astro build` stop on it) and collected by `npm run check`.
 */
export class AuthoringError extends Error {
  override readonly name = 'AuthoringError';

  constructor(
    /** Path of the file, relative to the project root, e.g. `lessons/first-model.md`. */
    readonly file: string,
    /** 1-based line in that file, when it can be known. */
    readonly line: number | undefined,
    /** What is wrong and how to fix it; see `messages.ts`. */
    readonly reason: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
  }
}

/** Formats a list of errors the way `npm run check` prints them. */
export function formatAuthoringErrors(errors: readonly AuthoringError[]): string {
  const noun = errors.length === 1 ? 'problem' : 'problems';
  return [`Content check found ${errors.length} ${noun}:`, ...errors.map((e) => `  ${e.message}`)].join('\n');
}
