/**
 * The course version an exported progress file names, computed in node when the site is built:
 * the package version followed, as semver build metadata, by the first 8 hex digits of a
 * SHA-256 over the course content a learner meets — every lesson file and every file of every
 * exercise folder (prompt, starter, solution, tests), by path and content. "0.1.0+3f9a0c1d"
 * changes whenever a lesson or an exercise changes, and only then (or on a release), so a
 * group board can tell whether two learners worked on the same course. It needs no git history,
 * so a fresh clone, a fork or a zip download computes it the same way.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The files under `dir`, recursively, as paths relative to `root` with "/" separators, sorted. */
function filesUnder(root: string, dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return []; // a course without exercises (or lessons) has nothing there to hash
  }
  return names
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(root, path) : [relative(root, path).split(sep).join('/')];
    })
    .sort();
}

/** The version string of the course in `root` (its `package.json`, `lessons/` and `exercises/`). */
export function courseVersion(root: string = process.cwd()): string {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
  const packageVersion = typeof version === 'string' ? version : '0.0.0';
  const hash = createHash('sha256');
  for (const path of [...filesUnder(root, join(root, 'lessons')), ...filesUnder(root, join(root, 'exercises'))]) {
    // Path and content, each length-prefixed, so moving text between files changes the hash.
    const content = readFileSync(join(root, path));
    hash.update(`${path.length}:${path}:${content.length}:`);
    hash.update(content);
  }
  return `${packageVersion}+${hash.digest('hex').slice(0, 8)}`;
}
