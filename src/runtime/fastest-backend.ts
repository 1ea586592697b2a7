import { BACKEND_NAMES, type BackendName, type ProbeTimes } from './backend-names';

/** The backend with the lowest probe time; undefined when none was measured. Ties keep the earlier name. */
export function fastest(times: ProbeTimes): BackendName | undefined {
  let best: BackendName | undefined;
  let bestMs = Number.POSITIVE_INFINITY;
  for (const name of BACKEND_NAMES) {
    const ms = times[name];
    if (typeof ms === 'number' && ms < bestMs) {
      best = name;
      bestMs = ms;
    }
  }
  return best;
}
