import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { AuthoringError } from '../content/authoring-error';

/** Options every runfirst remark plugin takes. */
export interface PluginOptions {
  /**
   * Where to put authoring errors. Without it, the first error is thrown, which is what
   * `astro dev` and `astro build` need; `npm run check` passes an array to collect them all.
   */
  errors?: AuthoringError[];
}

function absolutePath(file: VFile): string | undefined {
  if (!file.path) return undefined;
  return file.path.startsWith('file:') ? fileURLToPath(file.path) : file.path;
}

/** The file's path relative to the project root, as authors see it. */
export function displayPath(file: VFile): string {
  const path = absolutePath(file) ?? '(unnamed file)';
  return path.startsWith('/') ? relative(process.cwd(), path) : path;
}

/**
 * How many lines precede the markdown the plugins see. Astro hands plugins the body without
 * its frontmatter; `npm run check` hands them the whole file with the frontmatter blanked.
 * Either way, authors need line numbers of the file on disk.
 */
function lineOffset(file: VFile): number {
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
}

/** Reports an authoring error at `node`'s first line: throws it, or collects it. */
export function report(file: VFile, node: Node | undefined, reason: string, options: PluginOptions = {}): void {
  const line = node?.position?.start.line;
  const error = new AuthoringError(displayPath(file), line === undefined ? undefined : line + lineOffset(file), reason);
  if (options.errors) options.errors.push(error);
  else throw error;
}
