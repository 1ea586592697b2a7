import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, type ContentDirs, type ContentReport } from './check-content';

/**
 * A fingerprint of every file under the lessons and exercises folders (path, size, modification
 * time): it changes whenever an author saves, adds, renames or deletes a file. Stat calls only,
 * so it is cheap enough to take on every page render.
 */
export function contentFingerprint({ lessonsDir, exercisesDir }: ContentDirs): string {
  const entries: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stats = statSync(path);
      if (stats.isDirectory()) walk(path);
      else entries.push(`${path}\0${stats.size}\0${stats.mtimeMs}`);
    }
  };
  walk(lessonsDir);
  walk(exercisesDir);
  return entries.join('\n');
}

/**
 * Wraps a content check so that it runs again only when the content changed: in `astro dev`
 * every lesson and exercise page asks for the check on each render, and without this each
 * render re-read and re-parsed the whole course.
 */
export function checkOnChange(
  check: (dirs: ContentDirs) => Promise<ContentReport> = checkContent,
  fingerprint: (dirs: ContentDirs) => string = contentFingerprint,
): (dirs: ContentDirs) => Promise<ContentReport> {
  let last: { key: string; report: Promise<ContentReport> } | undefined;
  return (dirs) => {
    const key = `${dirs.root}\0${fingerprint(dirs)}`;
    if (last?.key !== key) last = { key, report: check(dirs) };
    return last.report;
  };
}
