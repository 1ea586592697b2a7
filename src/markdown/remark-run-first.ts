import type { Root } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { visit, EXIT } from 'unist-util-visit';
import { authoringMessages } from '../content/authoring-messages';
import { isRunnableCode } from './run-cell-meta';
import { report, type PluginOptions } from './report';

/**
 * The run-first rule: a lesson's first runnable cell must come before its first theory layer.
 * Must run before the cell and theory plugins rewrite those nodes.
 */
export function remarkRunFirst(options: PluginOptions = {}) {
  return (tree: Root, file: VFile) => {
    let firstTheory: Node | undefined;
    visit(tree, (node) => {
      if (node.type === 'code' && isRunnableCode(node)) return EXIT;
      if (node.type === 'containerDirective' && node.name === 'theory') {
        firstTheory = node;
        return EXIT;
      }
      return undefined;
    });
    if (!firstTheory) return;
    let anyRunnable = false;
    visit(tree, 'code', (node) => {
      if (isRunnableCode(node)) anyRunnable = true;
    });
    const message = anyRunnable ? authoringMessages.theoryBeforeCode() : authoringMessages.theoryWithoutCode();
    report(file, firstTheory, message, options);
  };
}
