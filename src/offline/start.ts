/**
 * Starts the offline copy in an idle moment a few seconds after load (a built site only: `astro
 * dev` serves changing files that must not be cached). The registering code is its own chunk,
 * so the first load of a page carries only these lines.
 */
/** How long after the page's load event the offline copy starts. */
const START_DELAY_MS = 4000;

export function startOfflineWhenIdle(base: string, root: ParentNode = document): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const status = root.querySelector<HTMLElement>('[data-offline-status]');
  const banner = root.querySelector<HTMLElement>('[data-offline-update]');
  const reload = banner?.querySelector<HTMLButtonElement>('button');
  if (!status || !banner || !reload) return;
  const begin = () => void import('./offline-status').then(({ startOffline }) => startOffline(base, { status, banner, reload }));
  // A few seconds after load, in an idle moment: saving the course downloads ≈ 30 MB, which must
  // not compete with the page's own first load or the learner's first Run.
  const later = () =>
    setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(begin, { timeout: 3000 }) : begin()), START_DELAY_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
