import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VFile } from 'vfile';
import type { FileLocator } from './report';

function absolutePath(file: VFile): string | undefined {
  if (!file.path) return undefined;
  return file.path.startsWith('file:') ? fileURLToPath(file.path) : file.path;
}

/**
 * How `astro build`, `astro dev` and `npm run check` name a file and number its lines: the path
 * relative to the project root, and lines of the file on disk. Astro hands plugins the body
 * without its frontmatter; `npm run check` hands them the whole file with the frontmatter
 * blanked. Either way, authors need line numbers of the file on disk. Node only (reads files).
 */
export const nodeLocator: FileLocator = {
  displayPath(file) {
    const path = absolutePath(file) ?? '(unnamed file)';
    return path.startsWith('/') ? relative(process.cwd(), path) : path;
  },
  lineOffset(file) {
    const path = absolutePath(file);
    const value = String(file.value);
    if (!path?.startsWith('/') || value.length === 0) return 0;
    let raw: string;
    try {
      raw = readFileSync(path, 'utf8');
    } catch {
      return 0;
    }
    const index = raw.indexOf(value);
    return index <= 0 ? 0 : raw.slice(0, index).split('\n').length - 1;
  },
};
