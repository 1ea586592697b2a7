import { relative } from 'node:path';
import { AuthoringError } from '../content/authoring-error';
import { checkContent, projectContentDirs } from './check-content';
import { formatAuthoringErrors } from '../content/authoring-error';

/**
 * In `astro dev`, a lesson or exercise page calls this so that a mistake in its file shows in
 * the browser's error overlay (file, line, how to fix) on every hot reload, not only in the
 * terminal. `astro build` never gets here with errors: the content check stops it first.
 */
export async function assertValidEntry(filePath: string | undefined): Promise<void> {
  if (!filePath) return;
  const dirs = projectContentDirs();
  const file = relative(dirs.root, filePath);
  const { errors } = await checkContent(dirs);
  const own = errors.filter((error) => error.file === file || file.startsWith(`${error.file}/`));
  if (own.length === 0) return;
  const first = own[0] as AuthoringError;
  const problem = new Error(formatAuthoringErrors(own));
  problem.name = first.name;
  throw problem;
}
