import { describe, expect, it } from 'vitest';
import { createSharedScope, provideGlobals } from '../../../src/runtime/kernel/shared-scope';

describe('createSharedScope', () => {
  it('shadows a read-only inherited global so a cell can declare that name', () => {
    const proto = {};
    Object.defineProperty(proto, 'name', { get: () => 'worker', configurable: true });
    const target = Object.create(proto) as Record<string, unknown>;
    const helper = createSharedScope(target);
    helper.declare(['name']);
    target['name'] = 'mine';
    expect(target['name']).toBe('mine');
  });

  it('keeps the value of a name an earlier cell declared', () => {
    const target: Record<string, unknown> = { count: 3 };
    createSharedScope(target).declare(['count']);
    expect(target['count']).toBe(3);
  });

  it('leaves non-configurable names alone', () => {
    const target = {};
    Object.defineProperty(target, 'fixed', { value: 1, writable: false, configurable: false });
    expect(() => createSharedScope(target).declare(['fixed'])).not.toThrow();
  });

  it('provides the learner API as writable names', () => {
    const target: Record<string, unknown> = {};
    const helper = createSharedScope(target);
    provideGlobals(helper, { show: 1, data: 2 });
    expect(target).toMatchObject({ show: 1, data: 2 });
    target['data'] = 'replaced';
    expect(target['data']).toBe('replaced');
  });
});
