/**
 * Makes a lesson from outside the site safe to show: nothing the file holds becomes markup the
 * page did not mean. Raw HTML from the markdown is shown as text; the only raw HTML kept is the
 * theory-topic label remark-theory.ts writes. Script-like elements are removed, event-handler
 * attributes dropped, and links and sources may only be http(s), mailto or relative.
 */
import type { Element, Root, RootContent } from 'hast';
import { MATH_TOPICS } from '../content/topics';

const THEORY_LABELS = new Set(Object.values(MATH_TOPICS).map((label) => `<span class="theory-topic">${label}</span> `));
const REMOVED = new Set(['script', 'style', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base', 'form', 'template', 'noscript']);
const URL_PROPERTIES = ['href', 'src', 'srcSet', 'action', 'formAction', 'poster', 'cite', 'data', 'xLinkHref', 'background'];
const SAFE_URL = /^(?:https?:|mailto:|[^:]*(?:[/?#]|$))/i;

/** Whether `url` is safe in a link or a source: http(s), mailto, or relative (no scheme before the first / ? #). */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore tabs, newlines and leading spaces or controls in a scheme.
  const squeezed = [...url].filter((char) => char.charCodeAt(0) > 0x20).join('');
  return SAFE_URL.test(squeezed);
}

function clean(element: Element): void {
  for (const key of Object.keys(element.properties)) {
    if (/^on/i.test(key)) delete element.properties[key];
    else if (URL_PROPERTIES.includes(key) && !isSafeUrl(String(element.properties[key]))) delete element.properties[key];
  }
  element.children = cleanChildren(element.children) as Element['children'];
}

function cleanChildren(children: RootContent[]): RootContent[] {
  return children.flatMap((child): RootContent[] => {
    if (child.type === 'raw') return THEORY_LABELS.has(child.value) ? [child] : [{ type: 'text', value: child.value }];
    if (child.type === 'element') {
      if (REMOVED.has(child.tagName.toLowerCase())) return [];
      clean(child);
    }
    return [child];
  });
}

/** The rehype plugin: run it right after remark-rehype (with `allowDangerousHtml`). */
export function rehypeSafe() {
  return (tree: Root) => {
    tree.children = cleanChildren(tree.children);
  };
}
