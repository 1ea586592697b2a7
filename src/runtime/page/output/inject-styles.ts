/**
 * Adds a style sheet to the page once. The Output's CSS (and uPlot's) is imported as text and
 * injected when its module loads: Astro drops CSS imported by lazily loaded client modules, and
 * linking it from every page's head would load it before anything ran.
 */
export function injectStyles(name: string, css: string): void {
  if (typeof document === 'undefined' || document.head.querySelector(`style[data-runfirst-styles="${name}"]`)) return;
  const style = document.createElement('style');
  style.dataset['runfirstStyles'] = name;
  style.textContent = css;
  document.head.append(style);
}
