/**
 * The site's service worker, bundled by scripts/build-service-worker.ts after the build (Workbox
 * fills in `self.__WB_MANIFEST`: every file of the built site with its revision).
 *
 * - **Offline after one visit.** Installing precaches the whole course — every page, script,
 *   stylesheet, font, WASM binary, data set, model and the search index — so every lesson opens,
 *   runs and checks with the network off, visited before or not. Workbox installs atomically: if
 *   any file fails to download, this worker never activates and the site keeps working online.
 * - **Updates when the learner chooses.** A new build's worker installs beside the old one and
 *   waits; the page offers a reload and sends `activate-update` when the learner takes it. Code
 *   and progress live in the page's storage, not in these caches, so they survive.
 * - **Threads on any host.** Every same-origin response gets the cross-origin isolation headers
 *   when the host did not send them (isolate-response.ts).
 */
import { clientsClaim } from 'workbox-core';
import { addPlugins, cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { setDefaultHandler } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types';
import { isolateResponse } from './isolate-response';
import type { IsolationSource, PageToWorker, WorkerStatus } from './protocol';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };
/** Bytes and files of the precache, defined by the build script. */
declare const __PRECACHE_BYTES__: number;
declare const __PRECACHE_FILES__: number;

let isolation: IsolationSource = 'none';

/** Adds the isolation headers to whatever this worker answers with, and remembers who added them. */
const isolationPlugin: WorkboxPlugin = {
  handlerWillRespond: async ({ request, response }) => {
    const isolated = isolateResponse(response);
    if (request.mode === 'navigate' && isolated.source !== 'not-applicable') isolation = isolated.source;
    return isolated.response;
  },
};

addPlugins([isolationPlugin]);
// Built files under _astro/ carry a content hash in their names: no cache-busting query needed.
// The search index's entry file is asked for with a cache-busting `?ts=` (pagefind); it is the
// precached file all the same.
precacheAndRoute(self.__WB_MANIFEST, {
  directoryIndex: 'index.html',
  cleanURLs: false,
  ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
});
cleanupOutdatedCaches();
// Anything not precached (nothing in a complete build) goes to the network, still isolated.
setDefaultHandler(new NetworkOnly({ plugins: [isolationPlugin] }));
// The first worker takes the open pages at once; later ones wait (see activate-update).
clientsClaim();

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const message = event.data as PageToWorker | undefined;
  if (message?.kind === 'activate-update') void self.skipWaiting();
  if (message?.kind === 'status') {
    const status: WorkerStatus = { kind: 'status', bytes: __PRECACHE_BYTES__, files: __PRECACHE_FILES__, isolation };
    event.ports[0]?.postMessage(status);
  }
});
