/** Small DOM helpers for the Output renderers (no framework: the Output is plain DOM). */

/** Creates an element with classes, attributes and text. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { className?: string; text?: string; attributes?: Record<string, string> } = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attributes ?? {})) node.setAttribute(name, value);
  return node;
}

/** Text kept for screen readers but not drawn (class defined in output.css). */
export function visuallyHidden(text: string): HTMLElement {
  return element('span', { className: 'out-visually-hidden', text });
}

let counter = 0;
/** An id unique in the page, for label/for pairs. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A CSS custom property of `node` (e.g. "--fg"), or the fallback when unset. */
export function cssVariable(node: Element, name: string, fallback: string): string {
  const value = typeof getComputedStyle === 'function' ? getComputedStyle(node).getPropertyValue(name).trim() : '';
  return value || fallback;
}
