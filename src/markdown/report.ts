import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { AuthoringError } from '../authoring/authoring-error';

/** Options every runfirst remark plugin takes. */
export interface PluginOptions {
  /**
   * Where to put authoring errors. Without it, the first error is thrown, which is what
   * `astro dev` and `astro build` need; `npm run check` passes an array to collect them all.
   */
  errors?: AuthoringError[];
}

/** The file's path relative to the project root, as authors see it. */
export function displayPath(file: VFile): string {
  const path = file.path ? (file.path.startsWith('file:') ? fileURLToPath(file.path) : file.path) : '(unnamed file)';
  return path.startsWith('/') ? relative(process.cwd(), path) : path;
}

/** Reports an authoring error at `node`'s first line: throws it, or collects it. */
export function report(file: VFile, node: Node | undefined, reason: string, options: PluginOptions = {}): void {
  const error = new AuthoringError(displayPath(file), node?.position?.start.line, reason);
  if (options.errors) options.errors.push(error);
  else throw error;
}
