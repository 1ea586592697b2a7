import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeBasePath, withBase } from '../../src/markdown/rehype-base-path';

const render = async (markdown: string, base: string) =>
  String(await unified().use(remarkParse).use(remarkRehype).use(rehypeBasePath, { base }).use(rehypeStringify).process(markdown));

describe('withBase', () => {
  it('moves a site-absolute path under the base, with or without its trailing slash', () => {
    expect(withBase('/our-course/', '/guide/lesson-format/')).toBe('/our-course/guide/lesson-format/');
    expect(withBase('/our-course', '/guide/')).toBe('/our-course/guide/');
  });

  it('leaves every address alone at the root', () => {
    expect(withBase('/', '/guide/')).toBe('/guide/');
  });

  it('leaves other hosts, fragments and relative paths alone', () => {
    for (const url of ['https://example.org/x', '//cdn.example.org/x', '#objectives', '../first-model/', 'mailto:a@b.c']) {
      expect(withBase('/our-course/', url)).toBe(url);
    }
  });
});

describe('rehypeBasePath', () => {
  it('rewrites links and images written in markdown', async () => {
    const html = await render(
      '[the format](/guide/lesson-format/) and ![a chart](/data/chart.svg) and [out](https://example.org/)',
      '/our-course/',
    );
    expect(html).toContain('href="/our-course/guide/lesson-format/"');
    expect(html).toContain('src="/our-course/data/chart.svg"');
    expect(html).toContain('href="https://example.org/"');
  });
});
