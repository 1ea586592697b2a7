import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import katex from 'katex';
import { visit } from 'unist-util-visit';
import { authoringMessages } from '../content/authoring-messages';
import { report, type PluginOptions } from './report';

/**
 * Renders every `$…$` and `$$…$$` once with KaTeX in strict mode and reports a parse error at
 * its line. (rehype-katex alone only warns and prints red text into the page.)
 */
export function remarkKatexCheck(options: PluginOptions = {}) {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== 'math' && node.type !== 'inlineMath') return;
      try {
        katex.renderToString(node.value, { throwOnError: true, displayMode: node.type === 'math' });
      } catch (error) {
        const reason = error instanceof Error ? error.message.replace(/^KaTeX parse error: /, '') : String(error);
        report(file, node, authoringMessages.katex(reason), options);
      }
    });
  };
}
