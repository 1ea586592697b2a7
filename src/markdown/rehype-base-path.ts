import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The attributes that hold a URL a reader's browser will fetch or follow. */
const URL_ATTRIBUTES = ['href', 'src'] as const;

/**
 * "/our-course/guide/" for "/guide/" under the base "/our-course/"; every other address as is.
 * Only site-absolute paths move: "//host/…", "https://…", "#id" and relative paths are already
 * right wherever the site is served.
 */
export function withBase(base: string, url: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const prefix = base.replace(/\/+$/, '');
  return `${prefix}${url}`;
}

/**
 * Moves site-absolute links and images in markdown (lessons, prompts, the guide) under the
 * site's base path, so that an author writes `[the format](/guide/lesson-format/)` and the link
 * works on a course published at `/<repo>/` (RUNFIRST_BASE) as well as at the root.
 */
export function rehypeBasePath({ base }: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const name of URL_ATTRIBUTES) {
        const value = node.properties[name];
        if (typeof value === 'string') node.properties[name] = withBase(base, value);
      }
    });
  };
}
