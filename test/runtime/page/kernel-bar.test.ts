// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { bindKernelBar } from '../../../src/runtime/page/kernel-bar';
import type { KernelState } from '../../../src/runtime/page/kernel-client';

function makeBar() {
  const root = document.createElement('div');
  root.innerHTML = `<button data-kernel-restart disabled>Restart</button>
    <select data-kernel-backend disabled><option value="auto">Auto</option><option value="webgpu">WebGPU</option><option value="webgl">WebGL</option><option value="wasm">WASM</option><option value="cpu">CPU</option></select>
    <input type="number" data-kernel-time-limit value="60" disabled><span data-kernel-status role="status"></span>`;
  document.body.replaceChildren(root);
  return root;
}

const readyState: KernelState = {
  phase: 'ready',
  preference: 'auto',
  error: null,
  restarts: 0,
  ready: {
    type: 'ready',
    backend: 'wasm',
    requested: 'auto',
    probe: { times: { webgpu: null, wasm: 1.04, cpu: 22.5 }, softwareWebgl: true },
    probed: true,
    crossOriginIsolated: false,
    wasmThreads: 1,
    fallbackFrom: null,
    loadMs: 300,
  },
};

describe('bindKernelBar', () => {
  it('enables the controls and reports the learner’s actions', () => {
    const root = makeBar();
    const restart = vi.fn();
    const backend = vi.fn();
    bindKernelBar(root, 60, 'cpu', restart, backend);
    const select = root.querySelector('select')!;
    expect(select.disabled).toBe(false);
    expect(select.value).toBe('cpu');
    root.querySelector('button')!.click();
    expect(restart).toHaveBeenCalledOnce();
    select.value = 'wasm';
    select.dispatchEvent(new Event('change'));
    expect(backend).toHaveBeenCalledWith('wasm');
  });

  it('shows the measured backends and the kernel state', () => {
    const root = makeBar();
    const bar = bindKernelBar(
      root,
      60,
      'auto',
      () => {},
      () => {},
    );
    bar.show(readyState);
    expect([...root.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Auto (fastest here: WASM)',
      'WebGPU (not available)',
      'WebGL (software renderer here: slow)',
      'WASM (1.0 ms per probe)',
      'CPU (22.5 ms per probe)',
    ]);
    expect(root.querySelector('[role="status"]')!.textContent).toBe(
      'Kernel ready on WASM, threads off (the page is not cross-origin isolated)',
    );
    const cores = vi.spyOn(navigator, 'hardwareConcurrency', 'get').mockReturnValue(8);
    bar.show({ ...readyState, ready: { ...readyState.ready!, crossOriginIsolated: true, wasmThreads: 7 } });
    expect(root.querySelector('[role="status"]')!.textContent).toBe(
      'Kernel ready on WASM, threads on (7 of 8 cores; one is left for this page)',
    );
    cores.mockRestore();
    bar.show({
      ...readyState,
      ready: { ...readyState.ready!, backend: 'wasm', requested: 'webgpu', fallbackFrom: 'webgpu', crossOriginIsolated: true },
    });
    expect(root.querySelector('[role="status"]')!.textContent).toMatch(
      /WebGPU is not available in this browser, so the kernel runs on WASM\.$/,
    );
  });

  it('reads the time limit, falling back to the lesson’s when the field is not a positive number', () => {
    const root = makeBar();
    const bar = bindKernelBar(
      root,
      45,
      'auto',
      () => {},
      () => {},
    );
    const input = root.querySelector('input')!;
    input.value = '5';
    expect(bar.timeLimitSeconds()).toBe(5);
    input.value = '-1';
    expect(bar.timeLimitSeconds()).toBe(45);
    input.value = '';
    expect(bar.timeLimitSeconds()).toBe(45);
  });
});
