/**
 * The bridge from the content loader to the browser in `astro dev`. The content integration
 * registers the Vite dev server when it starts; the loader, which runs in another module
 * instance (content.config.ts is loaded through Vite), finds it here and shows an authoring
 * error in every open page's error overlay. Kept on `globalThis` under a registered symbol, so
 * both module instances see the same server.
 */

/** The part of Vite's dev server the overlay uses. */
export interface OverlayServer {
  ws: { send(payload: { type: 'error'; err: { message: string; stack: string; id?: string; plugin?: string } }): void };
}

const KEY = Symbol.for('runfirst.dev-overlay-server');
type Holder = { [KEY]?: OverlayServer };

/** Called by the integration once the dev server exists (and with undefined when it closes). */
export function registerOverlayServer(server: OverlayServer | undefined): void {
  if (server) (globalThis as Holder)[KEY] = server;
  else delete (globalThis as Holder)[KEY];
}

/**
 * Shows `message` (an authoring report: file, line, fix) in the error overlay of every page open
 * in the browser; does nothing outside `astro dev`. The overlay closes on the next reload, which
 * the fixed file triggers.
 */
export function showInOverlay(message: string, file?: string): void {
  (globalThis as Holder)[KEY]?.ws.send({
    type: 'error',
    err: { message, stack: '', plugin: 'runfirst:content-check', ...(file ? { id: file } : {}) },
  });
}
