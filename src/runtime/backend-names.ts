/** The tfjs backends the kernel can run on, fastest-first on a machine with a real GPU. */
export const BACKEND_NAMES = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;

/** One tfjs backend the kernel can run on. */
export type BackendName = (typeof BACKEND_NAMES)[number];

/** What the learner asked for: a named backend, or `auto` (the fastest measured on this machine). */
export type BackendPreference = BackendName | 'auto';

/** Whether `value` names a backend the kernel knows. */
export function isBackendName(value: unknown): value is BackendName {
  return typeof value === 'string' && (BACKEND_NAMES as readonly string[]).includes(value);
}

/** Whether `value` is a backend preference (`auto` or a backend name). */
export function isBackendPreference(value: unknown): value is BackendPreference {
  return value === 'auto' || isBackendName(value);
}

/**
 * Milliseconds per probe matmul for each backend on this machine; `null` where the backend did not
 * initialise. Backends not probed at all are absent.
 */
export type ProbeTimes = Partial<Record<BackendName, number | null>>;

/** What an automatic choice measured on this machine, cached by the page between visits. */
export interface ProbeCache {
  /** Milliseconds per probe for each backend measured. */
  times: ProbeTimes;
  /** True when WebGL is a software renderer (e.g. SwiftShader), so it was not measured. */
  softwareWebgl: boolean;
}

/** True for a well-formed {@link ProbeCache} (the kernel protocol's check, and the page's of its cache). */
export function isProbeCache(value: unknown): value is ProbeCache {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { times, softwareWebgl } = value as { times?: unknown; softwareWebgl?: unknown };
  return (
    typeof softwareWebgl === 'boolean' &&
    typeof times === 'object' &&
    times !== null &&
    !Array.isArray(times) &&
    Object.entries(times).every(
      ([name, ms]) => isBackendName(name) && (ms === null || (typeof ms === 'number' && Number.isFinite(ms) && ms >= 0)),
    )
  );
}
