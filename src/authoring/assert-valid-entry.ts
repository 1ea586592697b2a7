import { relative } from 'node:path';
import { AuthoringError, formatAuthoringErrors } from '../content/authoring-error';
import { projectContentDirs } from './check-content';
import { checkOnChange } from './check-on-change';

/** The course's check, run again only after a content file changed. */
const checkCourse = checkOnChange();

/**
 * In `astro dev`, a lesson or exercise page calls this so that a mistake in its file shows in
 * the browser's error overlay (file, line, how to fix) on every hot reload, not only in the
 * terminal. The check reruns only when a content file changed. `astro build` never gets here with errors: the content check stops it first.
 */
export async function assertValidEntry(filePath: string | undefined): Promise<void> {
  if (!filePath) return;
  const dirs = projectContentDirs();
  const file = relative(dirs.root, filePath);
  const { errors } = await checkCourse(dirs);
  const own = errors.filter((error) => error.file === file || file.startsWith(`${error.file}/`));
  if (own.length === 0) return;
  const first = own[0] as AuthoringError;
  const problem = new Error(formatAuthoringErrors(own));
  problem.name = first.name;
  throw problem;
}
