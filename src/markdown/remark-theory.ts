import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { authoringMessages } from '../content/authoring-messages';
import { MATH_TOPICS, MATH_TOPIC_IDS, isMathTopic } from '../content/topics';
import { report, type PluginOptions } from './report';

interface AstroData {
  astro?: { frontmatter?: { topics?: unknown } };
}

/**
 * Renders `:::theory{topic="…" title="…"}` blocks as collapsed `<details>` with a visible topic
 * label, checks their attributes, and turns stray text/leaf directives (`a:b` in prose) back
 * into the text the author wrote.
 */
export function remarkTheory(options: PluginOptions = {}) {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as AstroData).astro?.frontmatter;
    // Topics default to none: with frontmatter present, every layer's topic must be listed.
    const listed = frontmatter ? (frontmatter.topics ?? []) : undefined;
    const source = String(file.value);
    visit(tree, (node, index, parent) => {
      if (node.type === 'textDirective' || node.type === 'leafDirective') {
        if (!parent || index === undefined) return undefined;
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        const text = start !== undefined && end !== undefined ? source.slice(start, end) : `:${node.name}`;
        parent.children[index] =
          node.type === 'textDirective' ? { type: 'text', value: text } : { type: 'paragraph', children: [{ type: 'text', value: text }] };
        return SKIP;
      }
      if (node.type !== 'containerDirective') return undefined;
      if (node.name !== 'theory') {
        report(file, node, authoringMessages.unknownDirective(node.name), options);
        return SKIP;
      }
      const { topic, title } = node.attributes ?? {};
      const end = node.position?.end.offset;
      if (end !== undefined && !source.slice(0, end).trimEnd().endsWith(':::')) {
        report(file, node, authoringMessages.unclosedDirective(), options);
      }
      if (!isMathTopic(topic)) {
        report(file, node, authoringMessages.theoryTopic(topic ?? undefined, MATH_TOPIC_IDS), options);
        return undefined;
      }
      if (!title) report(file, node, authoringMessages.theoryTitle(), options);
      if (Array.isArray(listed) && !listed.includes(topic)) {
        report(file, node, authoringMessages.theoryTopicNotListed(topic), options);
      }
      node.data = {
        hName: 'details',
        hProperties: { className: ['theory'], dataTopic: topic },
      };
      node.children = [
        {
          type: 'paragraph',
          data: { hName: 'summary' },
          children: [
            { type: 'html', value: `<span class="theory-topic">${MATH_TOPICS[topic]}</span> ` },
            { type: 'text', value: title ?? 'Theory' },
          ],
        },
        { type: 'blockquote', data: { hName: 'div', hProperties: { className: ['theory-body'] } }, children: node.children },
      ] as typeof node.children;
      return undefined;
    });
  };
}
