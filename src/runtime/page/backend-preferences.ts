/**
 * What the page remembers about backends between visits (localStorage): the learner's choice in
 * the Backend combobox, and the probe results of the automatic choice, kept per browser build
 * (user agent) so a browser update measures again.
 */
import { isBackendPreference, isProbeCache, type BackendPreference, type ProbeCache } from '../backend-names';

const PREFERENCE_KEY = 'runfirst:backend';
const PROBE_KEY = 'runfirst:backend-probe:v1';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The backend the learner chose, or `auto`. */
export function loadBackendPreference(): BackendPreference {
  const saved = storage()?.getItem(PREFERENCE_KEY);
  return isBackendPreference(saved) ? saved : 'auto';
}

/** Remembers the learner's backend choice. */
export function saveBackendPreference(preference: BackendPreference): void {
  try {
    storage()?.setItem(PREFERENCE_KEY, preference);
  } catch {
    // Storage full or blocked: the choice holds for this page only.
  }
}

/** The probe results cached for this browser, or null (measure again). */
export function loadProbe(userAgent = navigator.userAgent): ProbeCache | null {
  try {
    const raw: unknown = JSON.parse(storage()?.getItem(PROBE_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null || (raw as { userAgent?: unknown }).userAgent !== userAgent) return null;
    const probe = (raw as { probe?: unknown }).probe;
    // The kernel protocol's own check of a probe (so a corrupt entry is measured again), without
    // the rest of the protocol, which the page's first load does not need.
    return isProbeCache(probe) ? probe : null;
  } catch {
    return null;
  }
}

/** Caches probe results for this browser. */
export function saveProbe(probe: ProbeCache, userAgent = navigator.userAgent): void {
  try {
    storage()?.setItem(PROBE_KEY, JSON.stringify({ userAgent, probe }));
  } catch {
    // Not cached: the next visit measures again.
  }
}
