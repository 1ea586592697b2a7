/**
 * Binds the kernel bar (src/components/KernelBar.astro): Restart, the Backend combobox, the time
 * limit field and the kernel status, kept in step with the KernelClient's state.
 */
import { BACKEND_NAMES, isBackendPreference, type BackendPreference } from '../backend-names';
import type { KernelState } from './kernel-client';
import { fastest } from '../fastest-backend';
import { runtimeMessages } from '../messages';

/** The kernel bar's controls. */
export interface KernelBarView {
  /** The run time limit in seconds, as the learner set it (falls back to `defaultSeconds`). */
  timeLimitSeconds(): number;
  /** Shows the kernel's state. */
  show(state: KernelState): void;
  /** Shows a one-off remark in the status (e.g. after Restart). */
  say(text: string): void;
}

/** Wires the bar in `root`; `onRestart` and `onBackend` are called on the learner's actions. */
export function bindKernelBar(
  root: HTMLElement,
  defaultSeconds: number,
  preference: BackendPreference,
  onRestart: () => void,
  onBackend: (preference: BackendPreference) => void,
): KernelBarView {
  const restart = root.querySelector<HTMLButtonElement>('[data-kernel-restart]');
  const backend = root.querySelector<HTMLSelectElement>('[data-kernel-backend]');
  const timeLimit = root.querySelector<HTMLInputElement>('[data-kernel-time-limit]');
  const status = root.querySelector<HTMLElement>('[data-kernel-status]');
  for (const control of [restart, backend, timeLimit]) if (control) control.disabled = false;
  if (backend) backend.value = preference;
  if (status) status.textContent = runtimeMessages.kernelIdle();
  restart?.addEventListener('click', onRestart);
  backend?.addEventListener('change', () => {
    if (isBackendPreference(backend.value)) onBackend(backend.value);
  });

  const labelOptions = (state: KernelState) => {
    if (!backend) return;
    const probe = state.ready?.probe ?? null;
    for (const option of backend.options) {
      if (option.value === 'auto') option.textContent = runtimeMessages.autoOption(probe ? fastest(probe.times) : undefined);
      const name = BACKEND_NAMES.find((n) => n === option.value);
      if (name && probe) {
        const ms = name === 'webgl' && probe.softwareWebgl ? 'software' : probe.times[name];
        option.textContent = ms === 'software' ? runtimeMessages.softwareWebglOption() : runtimeMessages.backendOption(name, ms);
      }
    }
    backend.value = state.preference;
  };

  // Who isolates the page (the host, or the site's service worker on a host without the headers),
  // once the worker has said: the status is shown again with it.
  let isolatedBy: 'host' | 'service-worker' | undefined;
  let shown: KernelState | undefined;
  const view: KernelBarView = {
    timeLimitSeconds() {
      const value = Number(timeLimit?.value);
      return Number.isFinite(value) && value > 0 ? value : defaultSeconds;
    },
    show(state) {
      shown = state;
      if (!status) return;
      labelOptions(state);
      const ready = state.ready;
      if (state.phase === 'idle') status.textContent = runtimeMessages.kernelIdle();
      else if (state.phase === 'starting') status.textContent = runtimeMessages.kernelStarting(state.preference);
      else if (state.phase === 'failed') status.textContent = runtimeMessages.kernelFailed(state.error ?? '');
      else if (ready) {
        const main = runtimeMessages.kernelReady(
          ready.backend,
          ready.wasmThreads,
          ready.crossOriginIsolated,
          navigator.hardwareConcurrency,
          { ...(isolatedBy ? { isolatedBy } : {}), offlineWorker: import.meta.env.PROD && 'serviceWorker' in navigator },
        );
        status.textContent = ready.fallbackFrom
          ? runtimeMessages.readyWithFallback(main, runtimeMessages.backendFallback(ready.fallbackFrom, ready.backend))
          : main;
      }
    },
    say(text) {
      if (status) status.textContent = text;
    },
  };
  // Only a page a service worker controls can learn this; the asking code loads only there.
  if (globalThis.navigator?.serviceWorker?.controller) {
    void import('../../offline/ask-status').then(({ whenIsolationKnown }) =>
      whenIsolationKnown((source) => {
        isolatedBy = source;
        if (shown?.ready) view.show(shown);
      }),
    );
  }
  return view;
}
