/**
 * Renders lesson markdown to HTML through the lesson pipeline (src/markdown/pipeline.ts: the
 * remark and rehype plugins astro.config.mjs gives Astro), collecting authoring errors instead
 * of throwing. Shiki is Astro's and is left out: fenced code stays `<pre><code class="language-js">`.
 */
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { lessonRehypePlugins, lessonRemarkPlugins } from '../../src/markdown/pipeline';
import type { AuthoringError } from '../../src/content/authoring-error';

/** The lesson's HTML and the authoring errors found on the way. */
export async function renderLesson(markdown: string, frontmatter: Record<string, unknown> = { topics: ['information-theory'] }) {
  const errors: AuthoringError[] = [];
  const file = new VFile({ path: 'lessons/example.md', value: markdown, data: { astro: { frontmatter } } });
  const html = await unified()
    .use(remarkParse)
    .use(lessonRemarkPlugins({ errors }) as PluggableList)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(lessonRehypePlugins() as PluggableList)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .process(file);
  return { html: String(html), errors };
}
