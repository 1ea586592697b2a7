/**
 * Starts the offline copy in the page's first idle moment after load (a built site only: `astro
 * dev` serves changing files that must not be cached). The registering code is its own chunk,
 * so the first load of a page carries only these lines.
 */
export function startOfflineWhenIdle(base: string, root: ParentNode = document): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const status = root.querySelector<HTMLElement>('[data-offline-status]');
  const banner = root.querySelector<HTMLElement>('[data-offline-update]');
  const reload = banner?.querySelector<HTMLButtonElement>('button');
  if (!status || !banner || !reload) return;
  const begin = () => void import('./offline-status').then(({ startOffline }) => startOffline(base, { status, banner, reload }));
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(begin, { timeout: 3000 }) : setTimeout(begin, 500));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
