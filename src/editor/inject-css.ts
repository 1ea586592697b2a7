/**
 * Adds one of Monaco's style sheets to the page. The build turns each CSS file Monaco imports
 * into a call of this (see vite-monaco-css.ts), so its ≈ 175 KB of CSS arrives with the editor
 * instead of in every page's head.
 */
export function injectMonacoCss(css: string): void {
  const style = document.createElement('style');
  style.dataset['monaco'] = '';
  style.textContent = css;
  document.head.append(style);
}
