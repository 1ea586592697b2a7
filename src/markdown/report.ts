import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { AuthoringError } from '../content/authoring-error';

/** How an error's file is named and how many lines precede the markdown the plugins see. */
export interface FileLocator {
  displayPath(file: VFile): string;
  lineOffset(file: VFile): number;
}

/**
 * The file as given: its path as it is, no lines before the markdown. What a browser needs
 * (the lesson opened on the Open a lesson page); node passes `nodeLocator` (node-locator.ts).
 */
export const asGivenLocator: FileLocator = {
  displayPath: (file) => file.path || '(unnamed file)',
  lineOffset: () => 0,
};

/** Options every runfirst remark plugin takes. */
export interface PluginOptions {
  /**
   * Where to put authoring errors. Without it, the first error is thrown, which is what
   * `astro dev` and `astro build` need; `npm run check` passes an array to collect them all.
   */
  errors?: AuthoringError[];
  /** How errors name the file and count its lines; `lessonRemarkPlugins` (pipeline.ts) gives node's. */
  locate?: FileLocator;
}

/** Reports an authoring error at `node`'s first line: throws it, or collects it. */
export function report(file: VFile, node: Node | undefined, reason: string, options: PluginOptions = {}): void {
  const locate = options.locate ?? asGivenLocator;
  const line = node?.position?.start.line;
  const error = new AuthoringError(locate.displayPath(file), line === undefined ? undefined : line + locate.lineOffset(file), reason);
  if (options.errors) options.errors.push(error);
  else throw error;
}
