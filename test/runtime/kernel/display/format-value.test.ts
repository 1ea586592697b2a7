import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatConsoleArgs, formatValue, MAX_ITEMS } from '../../../../src/runtime/kernel/display/format-value';
import { formatTensor, isTensorLike } from '../../../../src/runtime/kernel/display/format-tensor';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

describe('formatValue: primitives', () => {
  it('prints strings as they are and other primitives like a console', () => {
    expect(formatValue('hello\nworld')).toBe('hello\nworld');
    expect(formatValue(42)).toBe('42');
    expect(formatValue(-0)).toBe('-0');
    expect(formatValue(Number.NaN)).toBe('NaN');
    expect(formatValue(Infinity)).toBe('Infinity');
    expect(formatValue(true)).toBe('true');
    expect(formatValue(null)).toBe('null');
    expect(formatValue(undefined)).toBe('undefined');
    expect(formatValue(12n)).toBe('12n');
    expect(formatValue(Symbol('tag'))).toBe('Symbol(tag)');
  });

  it('prints functions and classes by name', () => {
    function train() {}
    class Trainer {}
    expect(formatValue(train)).toBe('[Function: train]');
    expect(formatValue(Trainer)).toBe('[class Trainer]');
    expect(formatValue([() => 1])).toBe('[[Function (anonymous)]]');
  });

  it('prints errors as name: message, nested ones in brackets', () => {
    expect(formatValue(new TypeError('bad shape'))).toBe('TypeError: bad shape');
    expect(formatValue(new Error(''))).toBe('Error');
    expect(formatValue({ cause: new RangeError('too big') })).toBe('{ cause: [RangeError: too big] }');
  });
});

describe('formatValue: containers', () => {
  it('formats arrays and plain objects on one line when short', () => {
    expect(formatValue([1, 'two', null])).toBe("[1, 'two', null]");
    expect(formatValue({ a: 1, 'b-c': [true], nested: { x: 'y' } })).toBe("{ a: 1, 'b-c': [true], nested: { x: 'y' } }");
    expect(formatValue([])).toBe('[]');
    expect(formatValue({})).toBe('{}');
  });

  it('lays out long containers one entry per line', () => {
    const text = formatValue({ first: 'a'.repeat(40), second: 'b'.repeat(40) });
    expect(text).toBe(`{\n  first: '${'a'.repeat(40)}',\n  second: '${'b'.repeat(40)}'\n}`);
  });

  it('stops at a depth limit', () => {
    expect(formatValue({ a: { b: { c: { d: { e: 1 } } } } })).toBe('{ a: { b: { c: [Object] } } }');
    expect(formatValue([[[[[1]]]]])).toBe('[[[[Array]]]]');
  });

  it('stops at a length limit and says how many were left out', () => {
    const text = formatValue(Array.from({ length: 250 }, (_, i) => i));
    expect(text).toContain(`${MAX_ITEMS - 1}`);
    expect(text).not.toContain(`${MAX_ITEMS},`);
    expect(text).toContain('… 150 more items');
    const keys = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, i]));
    expect(formatValue(keys)).toContain('… 10 more keys');
  });

  it('marks cycles instead of recursing forever', () => {
    const node: Record<string, unknown> = { name: 'root' };
    node['self'] = node;
    expect(formatValue(node)).toBe("{ name: 'root', self: [Circular] }");
    const list: unknown[] = [1];
    list.push(list);
    expect(formatValue(list)).toBe('[1, [Circular]]');
  });

  it('prints the same object twice when it is shared but not cyclic', () => {
    const shared = { v: 1 };
    expect(formatValue([shared, shared])).toBe('[{ v: 1 }, { v: 1 }]');
  });

  it('formats Map, Set, typed arrays, dates, class instances and null-prototype objects', () => {
    expect(
      formatValue(
        new Map<string, number>([
          ['a', 1],
          ['b', 2],
        ]),
      ),
    ).toBe("Map(2) { 'a' => 1, 'b' => 2 }");
    expect(formatValue(new Set([1, 2]))).toBe('Set(2) { 1, 2 }');
    expect(formatValue(new Float32Array([1, 0.5]))).toBe('Float32Array(2) [1, 0.5]');
    expect(formatValue(new Uint8Array(300))).toContain('… 200 more items');
    expect(formatValue(new Date(0))).toBe('1970-01-01T00:00:00.000Z');
    class Point {
      constructor(
        public x: number,
        public y: number,
      ) {}
    }
    expect(formatValue(new Point(1, 2))).toBe('Point { x: 1, y: 2 }');
    const bare = Object.create(null) as Record<string, number>;
    bare['k'] = 1;
    expect(formatValue(bare)).toBe('[Object: null prototype] { k: 1 }');
    expect(formatValue(new ArrayBuffer(8))).toBe('ArrayBuffer { byteLength: 8 }');
  });

  it('survives getters that throw', () => {
    const tricky = {
      get broken(): number {
        throw new Error('no');
      },
    };
    expect(formatValue(tricky)).toBe("{ broken: '<unreadable>' }");
  });
});

describe('formatConsoleArgs', () => {
  it('formats each argument as a part', () => {
    expect(formatConsoleArgs(['loss', 0.25, { epoch: 1 }])).toEqual(['loss', '0.25', '{ epoch: 1 }']);
  });

  it('applies printf-style substitutions and keeps extra arguments', () => {
    expect(formatConsoleArgs(['%s is %d%%, %f', 'acc', 97.6, '0.5', 'extra'])).toEqual(['acc is 97%, 0.5', 'extra']);
    expect(formatConsoleArgs(['%o and %c', { a: 1 }, 'color: red'])).toEqual(['{ a: 1 } and ']);
    expect(formatConsoleArgs(['%s left %s', 'one'])).toEqual(['one left %s']);
  });
});

describe('tensors', () => {
  let before = 0;
  beforeAll(() => {
    before = tf.memory().numTensors;
  });
  afterAll(() => {
    expect(tf.memory().numTensors).toBe(before);
  });

  const withTensor = (make: () => tf.Tensor, check: (t: tf.Tensor) => void) => {
    const tensor = make();
    const count = tf.memory().numTensors;
    try {
      check(tensor);
      expect(tf.memory().numTensors).toBe(count);
    } finally {
      tensor.dispose();
    }
  };

  it('recognises tensors and variables', () => {
    withTensor(
      () => tf.scalar(1),
      (t) => expect(isTensorLike(t)).toBe(true),
    );
    const initial = tf.zeros([2]);
    const variable = tf.variable(initial);
    expect(isTensorLike(variable)).toBe(true);
    tf.dispose([initial, variable]);
    expect(isTensorLike({ shape: [1], dtype: 'float32' })).toBe(false);
  });

  it('prints a matrix with dtype, shape and values', () => {
    withTensor(
      () =>
        tf.tensor2d([
          [1, 2, 3],
          [4, 5, 6],
        ]),
      (t) => expect(formatValue(t)).toBe('Tensor float32 [2,3]\n[[1, 2, 3],\n [4, 5, 6]]'),
    );
  });

  it('prints scalars, vectors, ints, bools and strings', () => {
    withTensor(
      () => tf.scalar(3.5),
      (t) => expect(formatValue(t)).toBe('Tensor float32 []\n3.5'),
    );
    withTensor(
      () => tf.tensor1d([1, -20, 300], 'int32'),
      (t) => expect(formatValue(t)).toBe('Tensor int32 [3]\n[  1, -20, 300]'),
    );
    withTensor(
      () => tf.tensor1d([true, false], 'bool'),
      (t) => expect(formatValue(t)).toBe('Tensor bool [2]\n[ true, false]'),
    );
    withTensor(
      () => tf.tensor1d(['a', 'bc']),
      (t) => expect(formatValue(t)).toBe("Tensor string [2]\n[ 'a', 'bc']"),
    );
  });

  it('aligns decimals and switches to exponents for tiny or huge values', () => {
    withTensor(
      () => tf.tensor1d([0.5, 0.25, 1]),
      (t) => expect(formatValue(t)).toBe('Tensor float32 [3]\n[0.50, 0.25, 1.00]'),
    );
    withTensor(
      () => tf.tensor1d([1e-7, 1]),
      (t) => expect(formatValue(t)).toBe('Tensor float32 [2]\n[1.000e-7, 1.000e+0]'),
    );
    withTensor(
      () => tf.tensor1d([NaN, 0.5]),
      (t) => expect(formatValue(t)).toBe('Tensor float32 [2]\n[NaN, 0.5]'),
    );
  });

  it('prints rank-3 tensors in blocks separated by a blank line', () => {
    withTensor(
      () =>
        tf.tensor3d([
          [
            [1, 2],
            [3, 4],
          ],
          [
            [5, 6],
            [7, 8],
          ],
        ]),
      (t) => expect(formatValue(t)).toBe('Tensor float32 [2,2,2]\n[[[1, 2],\n  [3, 4]],\n\n [[5, 6],\n  [7, 8]]]'),
    );
  });

  it('summarises large tensors with … past the limit', () => {
    withTensor(
      () => tf.tidy(() => tf.range(0, 1000).reshape([100, 10])),
      (t) => {
        const text = formatValue(t);
        const lines = text.split('\n');
        expect(lines[0]).toBe('Tensor float32 [100,10]');
        expect(lines[1]).toBe('[[  0,   1,   2, …,   7,   8,   9],');
        expect(lines).toContain(' …,');
        expect(lines.at(-1)).toBe(' [990, 991, 992, …, 997, 998, 999]]');
        expect(lines).toHaveLength(8);
      },
    );
  });

  it('says a disposed tensor is disposed instead of throwing', () => {
    const t = tf.tensor1d([1, 2]);
    t.dispose();
    expect(formatValue(t)).toBe('Tensor float32 [2] (disposed)');
    expect(formatValue({ weights: t })).toBe('{ weights: Tensor float32 [2] (disposed) }');
  });

  it('shows nested tensors by header only', () => {
    withTensor(
      () => tf.zeros([2, 3]),
      (t) => expect(formatValue({ w: t })).toBe('{ w: Tensor float32 [2,3] }'),
    );
  });

  it('formats a model on one line with its layers and parameters', () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ units: 3, inputShape: [2] })] });
    const text = formatValue(model);
    expect(text).toMatch(/^Sequential '.+' \(1 layer, 9 parameters\)$/);
    model.dispose();
  });

  it('reports values that cannot be read instead of throwing', () => {
    const fake = {
      shape: [1],
      dtype: 'float32',
      size: 1,
      isDisposed: false,
      dataSync: () => {
        throw new Error('no sync read');
      },
    };
    expect(formatTensor(fake)).toBe('Tensor float32 [1] (values not readable: no sync read)');
  });
});
