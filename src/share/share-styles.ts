/**
 * The styles of the Share dialog and the Shared code note, injected by the lazily loaded share
 * modules the first time they draw (Astro drops CSS imported by lazily loaded modules).
 */
import css from './share.css?inline';

/** Adds the share style sheet to the page once. */
export function injectShareStyles(doc: Document = document): void {
  if (doc.head.querySelector('style[data-runfirst-styles="share"]')) return;
  const style = doc.createElement('style');
  style.dataset['runfirstStyles'] = 'share';
  style.textContent = css;
  doc.head.append(style);
}
