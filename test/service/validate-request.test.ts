import { describe, expect, it } from 'vitest';
import { validateRequest } from '../../src/service/validate-request.ts';
import type { InputSpec } from '../../src/service/request-format.ts';

const digits: InputSpec = { shape: [4], dtype: 'float32', min: 0, max: 16 };
const row = [0, 1, 2, 16];

function errorOf(body: unknown, spec: InputSpec = digits, maxInstances = 8) {
  const result = validateRequest(body, spec, maxInstances);
  if (result.ok) throw new Error('expected a validation error');
  return result.error;
}

describe('validateRequest', () => {
  it('accepts a valid body, as an object or as JSON text, and returns the flat rows', () => {
    expect(validateRequest({ instances: [row, row] }, digits, 8)).toEqual({ ok: true, instances: [row, row] });
    expect(validateRequest(JSON.stringify({ instances: [row] }), digits, 8)).toEqual({ ok: true, instances: [row] });
    const image: InputSpec = { shape: [2, 2, 1], dtype: 'int32' };
    expect(
      validateRequest(
        {
          instances: [
            [
              [[1], [2]],
              [[3], [4]],
            ],
          ],
        },
        image,
        1,
      ),
    ).toEqual({ ok: true, instances: [[1, 2, 3, 4]] });
  });

  it('names the field, what was expected and what came, in one sentence', () => {
    expect(errorOf({ instances: [row, [0, 1, 17, 3]] })).toEqual({
      field: 'instances[1][2]',
      expected: 'a number in [0, 16]',
      got: '17',
      message: 'instances[1][2]: expected a number in [0, 16], got 17',
    });
  });

  it('rejects malformed bodies', () => {
    expect(errorOf('{"instances": [').message).toMatch(
      /^\(body\): expected JSON text of an object like \{"instances": \[\.\.\.\]\}, got text that is not JSON \(/,
    );
    expect(errorOf(null).message).toBe('(body): expected an object like {"instances": [...]}, got null');
    expect(errorOf([row]).message).toBe('(body): expected an object like {"instances": [...]}, got an array of 1 item');
    expect(errorOf({}).message).toBe('instances: expected an array of instances, got nothing (the field is missing)');
    expect(errorOf({ instances: 'abc' }).message).toBe('instances: expected an array of instances, got a string "abc"');
    expect(errorOf({ instances: [] }).message).toBe('instances: expected at least 1 instance, got an empty array');
    expect(errorOf({ inputs: [row] }).message).toBe(
      'inputs: expected only the field "instances" (the row format: "instances", one entry per instance), got a field by that name',
    );
  });

  it('rejects a wrong shape at the deepest wrong place', () => {
    expect(errorOf({ instances: [[0, 1, 2]] }).message).toBe('instances[0]: expected an array of 4 numbers, got an array of 3 items');
    expect(errorOf({ instances: [5] }).message).toBe('instances[0]: expected an array of 4 numbers, got 5');
    const image: InputSpec = { shape: [2, 2], dtype: 'float32' };
    expect(errorOf({ instances: [[[1, 2], [3]]] }, image).message).toBe(
      'instances[0][1]: expected an array of 2 numbers, got an array of 1 item',
    );
    expect(errorOf({ instances: [[1, 2]] }, image).message).toBe('instances[0][0]: expected an array of 2 numbers, got 1');
    expect(errorOf({ instances: [new Float32Array(4)] }).got).toBe('a Float32Array (send plain arrays: JSON has no typed arrays)');
  });

  it('rejects values of the wrong dtype or out of range', () => {
    expect(errorOf({ instances: [[0, 1, '2', 3]] }).message).toBe('instances[0][2]: expected a number in [0, 16], got a string "2"');
    expect(errorOf({ instances: [[0, 1, NaN, 3]] }).got).toBe('NaN');
    expect(errorOf({ instances: [[0, 1, null, 3]] }).got).toBe('null');
    expect(errorOf({ instances: [[-0.5, 1, 2, 3]] }).field).toBe('instances[0][0]');
    const ints: InputSpec = { shape: [2], dtype: 'int32', min: 0 };
    expect(errorOf({ instances: [[1, 2.5]] }, ints).message).toBe('instances[0][1]: expected a whole number ≥ 0, got 2.5');
    expect(errorOf({ instances: [[1, Infinity]] }, { shape: [2], dtype: 'float32' }).message).toBe(
      'instances[0][1]: expected a number (finite), got Infinity',
    );
  });

  it('rejects too many instances before looking at any of them (a huge batch costs nothing)', () => {
    const huge = { instances: new Array(100_000).fill('not even an instance') };
    expect(errorOf(huge).message).toBe('instances: expected at most 8 instances per request, got 100000 instances');
  });

  it('shortens long values it quotes', () => {
    expect(errorOf({ instances: 'x'.repeat(500) }).got.length).toBeLessThan(60);
  });
});
