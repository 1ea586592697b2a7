// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { loadBackendPreference, loadProbe, saveBackendPreference, saveProbe } from '../../../src/runtime/page/backend-preferences';

const probe = { times: { wasm: 1.5, cpu: 30, webgpu: null }, softwareWebgl: true };

beforeEach(() => localStorage.clear());

describe('backend preferences', () => {
  it('defaults to auto and remembers a choice', () => {
    expect(loadBackendPreference()).toBe('auto');
    saveBackendPreference('cpu');
    expect(loadBackendPreference()).toBe('cpu');
  });

  it('ignores an unknown saved backend', () => {
    localStorage.setItem('runfirst:backend', 'tpu');
    expect(loadBackendPreference()).toBe('auto');
  });

  it('caches probe results per browser', () => {
    saveProbe(probe, 'Chrome/1');
    expect(loadProbe('Chrome/1')).toEqual(probe);
    expect(loadProbe('Chrome/2')).toBeNull();
  });

  it('measures again when the cache is corrupt', () => {
    localStorage.setItem('runfirst:backend-probe:v1', '{not json');
    expect(loadProbe('x')).toBeNull();
    localStorage.setItem(
      'runfirst:backend-probe:v1',
      JSON.stringify({ userAgent: 'x', probe: { times: { cpu: 'fast' }, softwareWebgl: false } }),
    );
    expect(loadProbe('x')).toBeNull();
  });
});
