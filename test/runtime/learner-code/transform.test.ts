import { describe, expect, it } from 'vitest';
import {
  evaluateTransformed,
  LearnerSyntaxError,
  SCOPE_PARAMETER,
  transformLearnerCode,
  type OwnScopeFunction,
} from '../../../src/runtime/learner-code/transform';
import { locateInSource } from '../../../src/runtime/learner-code/error-location';

const transformCell = (source: string, cellId: string) => transformLearnerCode(source, { mode: 'shared-scope', sourceId: cellId });

/** Runs cells one after another in a fresh shared scope, as the kernel does. */
async function runCells(...cells: string[]): Promise<Record<string, unknown>> {
  const scope: Record<string, unknown> = {};
  const helper = {
    scope,
    declare: (names: string[]) => {
      for (const name of names) if (!(name in scope)) scope[name] = undefined;
    },
  };
  for (const [index, source] of cells.entries()) {
    const { script } = transformCell(source, `c${index}`);
    // Free names resolve to `scope` through `with`, standing in for the worker's global object.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the test evaluates transformed code, as the kernel does
    const factory = new Function('scope', `with (scope) { return ${script.replace(/\/\/# sourceURL.*$/m, '')} }`) as (
      scope: object,
    ) => unknown;
    await (factory(scope) as (h: typeof helper) => Promise<void>)(helper);
  }
  return scope;
}

describe('transformLearnerCode, shared-scope (cells)', () => {
  it('shares const, let, var, function and class across cells', async () => {
    const scope = await runCells(
      'const a = 1;\nlet b = a + 1\nvar c;\nfunction twice(x) { return 2 * x; }\nclass Box { constructor(v) { this.v = v; } }',
      'const d = twice(b) + a;\nconst box = new Box(d);',
    );
    expect(scope['a']).toBe(1);
    expect(scope['b']).toBe(2);
    expect(scope['c']).toBeUndefined();
    expect('c' in scope).toBe(true);
    expect(scope['d']).toBe(5);
    expect((scope['box'] as { v: number }).v).toBe(5);
  });

  it('lets a cell run twice without "already declared"', async () => {
    const scope = await runCells('const n = 1;', 'const n = 2;', 'let n = 3;');
    expect(scope['n']).toBe(3);
  });

  it('handles destructuring, several declarators and declarations without a value', async () => {
    const scope = await runCells('const { p, q: [r, ...rest] } = { p: 1, q: [2, 3, 4] }, s = 5;\nlet t, u = 6;');
    expect(scope).toMatchObject({ p: 1, r: 2, rest: [3, 4], s: 5, t: undefined, u: 6 });
  });

  it('supports top-level await', async () => {
    const scope = await runCells('const v = await Promise.resolve(7);');
    expect(scope['v']).toBe(7);
  });

  it('keeps block-scoped names local', async () => {
    const scope = await runCells('for (let i = 0; i < 2; i++) { const inner = i; }\n{ let hidden = 1; }');
    expect('i' in scope).toBe(false);
    expect('inner' in scope).toBe(false);
    expect('hidden' in scope).toBe(false);
  });

  it('keeps a statement that follows a class on its own', async () => {
    const scope = await runCells('class K {}\n[1, 2].forEach((x) => { globalThis.__unused = x; })\nconst after = 1');
    expect(scope['after']).toBe(1);
  });

  it('keeps every line where it was', () => {
    const source = 'const a = 1;\nfunction f() {}\nclass C {}\nlet x\nx = 2;';
    const { script, firstLineOffset } = transformCell(source, 'keep');
    const lines = script.split('\n');
    expect(lines.slice(1, 5)).toEqual(['function f() {}', 'C = class C {};', 'void ( x = undefined);', 'x = 2;']);
    expect(lines[0]?.slice(firstLineOffset)).toBe('void ( a = 1);');
    expect(lines[0]?.slice(0, firstLineOffset)).toContain(`${SCOPE_PARAMETER}.declare(["a","f","C","x"])`);
    expect(lines[0]?.slice(0, firstLineOffset)).toContain(`${SCOPE_PARAMETER}.scope["f"] = f;`);
  });

  it('reports a syntax error at the cell line and column', () => {
    try {
      transformCell('const a = 1;\nconst b = ;\n', 'bad');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LearnerSyntaxError);
      expect(error).toMatchObject({ line: 2, column: 11, message: 'Unexpected token' });
    }
  });
});

describe('locateInSource', () => {
  it('finds the first frame in the cell, skipping library frames', () => {
    const stack = [
      'Error: shapes do not match',
      '    at assert (tfjs.js:10:3)',
      '    at eval (runfirst-cell-train.js:4:12)',
      '    at eval (runfirst-cell-train.js:9:1)',
    ].join('\n');
    expect(locateInSource(stack, 'train', 80)).toEqual({ line: 4, column: 12 });
  });

  it('takes the prelude off columns on the first line', () => {
    expect(locateInSource('at runfirst-cell-a.js:1:95', 'a', 80)).toEqual({ line: 1, column: 15 });
  });

  it('returns undefined when no frame is in the cell', () => {
    expect(locateInSource('at runfirst-cell-other.js:3:1', 'a', 0)).toBeUndefined();
    expect(locateInSource(undefined, 'a', 0)).toBeUndefined();
  });
});

describe('transformLearnerCode, own-scope (exercises)', () => {
  /** Evaluates a submission with `globals` around it and returns its exposed top-level names. */
  async function runSubmission(source: string, globals: Record<string, unknown> = {}) {
    const names = Object.keys(globals);
    const code = transformLearnerCode(source, { mode: 'own-scope', sourceId: 'exercise', globals: names });
    let getters: Record<string, () => unknown> = {};
    const run = evaluateTransformed<OwnScopeFunction>(code)({ expose: (exposed) => (getters = exposed) }, ...Object.values(globals));
    await run();
    return { code, get: (name: string) => getters[name]?.() };
  }

  it('exposes every top-level name, with its latest value, and leaves the global object alone', async () => {
    const { get } = await runSubmission(
      'const a = 1;\nlet b = a + 1;\nfunction f(x) { return x * b; }\nclass K {}\nb = 3;\nvar [c] = [4];',
    );
    expect(get('a')).toBe(1);
    expect(get('b')).toBe(3);
    expect((get('f') as (x: number) => number)(2)).toBe(6);
    expect(typeof get('K')).toBe('function');
    expect(get('c')).toBe(4);
    expect('a' in globalThis).toBe(false);
  });

  it('passes the learner globals in, and lets the code shadow them', async () => {
    const { get } = await runSubmission('const loaded = await data.load();\nconst seen = tf;\nconst show = "mine";', {
      tf: 'tf!',
      data: { load: async () => 42 },
      show: 'theirs',
    });
    expect(get('loaded')).toBe(42);
    expect(get('seen')).toBe('tf!');
    expect(get('show')).toBe('mine');
  });

  it('keeps every line where it was', async () => {
    const { code } = await runSubmission('const a = 1;\nconst b = 2;');
    const lines = code.script.split('\n');
    expect(lines[0]?.slice(code.firstLineOffset)).toBe('const a = 1;');
    expect(lines[1]).toBe('const b = 2;');
  });

  it('reports a syntax error at the line and column, as for a cell', () => {
    expect(() => transformLearnerCode('const a = 1;\nconst b = ;\n', { mode: 'own-scope', sourceId: 'exercise' })).toThrow(
      expect.objectContaining({ name: 'SyntaxError', line: 2, column: 11, message: 'Unexpected token' }) as Error,
    );
  });

  it('maps a runtime error to the line of the submission', async () => {
    const error = await runSubmission('const a = 1;\n\nnotDefined();').then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ReferenceError);
    expect(locateInSource((error as Error).stack, 'exercise', 0)).toMatchObject({ line: 3, column: 1 });
  });
});
