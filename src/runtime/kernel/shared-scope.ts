/**
 * The kernel's shared scope: the worker's global object. Cells' top-level names become its
 * properties (see learner-code/transform.ts), so later cells and the functions of earlier cells see the
 * same binding. A restart throws the whole worker away, so nothing leaks between kernels.
 */

/** What a transformed cell receives as `__runfirst`. */
export interface ScopeHelper {
  /** The object holding the cells' names. */
  scope: Record<string, unknown>;
  /** Makes each name a writable own property, shadowing read-only worker globals such as `name`. */
  declare(names: readonly string[]): void;
}

/** A scope helper over `target` (the worker's global object in the kernel). */
export function createSharedScope(target: object = globalThis): ScopeHelper {
  const scope = target as Record<string, unknown>;
  return {
    scope,
    declare(names) {
      for (const name of names) {
        const own = Object.getOwnPropertyDescriptor(scope, name);
        if (own && ('value' in own ? own.writable : false)) continue;
        if (own && !own.configurable) continue;
        Object.defineProperty(scope, name, { value: undefined, writable: true, enumerable: true, configurable: true });
      }
    },
  };
}

/** Puts the learner API (tf, show, data, …) into the scope as ordinary writable names. */
export function provideGlobals(helper: ScopeHelper, globals: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(globals)) {
    Object.defineProperty(helper.scope, name, { value, writable: true, enumerable: false, configurable: true });
  }
}
