import { describe, expect, it } from 'vitest';
import { parseServiceOptions, ServiceOptionsError } from '../../src/service/service-options.ts';

describe('parseServiceOptions', () => {
  it('fills the defaults', () => {
    expect(parseServiceOptions({ input: { shape: [64] } })).toEqual({
      version: '1',
      input: { shape: [64], dtype: 'float32' },
      maxInstances: 64,
      batching: false,
      maxQueueLength: Infinity,
    });
    expect(parseServiceOptions({ input: { shape: [64] }, batching: true }).batching).toEqual({ maxBatchSize: 32, maxQueueWaitMs: 5 });
  });

  it('keeps what the author gave', () => {
    const options = {
      version: 'digits-1',
      input: { shape: [64], dtype: 'float32', min: 0, max: 16 },
      maxInstances: 16,
      batching: { maxBatchSize: 8, maxQueueWaitMs: 2 },
      maxQueueLength: 100,
    };
    expect(parseServiceOptions(options)).toEqual(options);
  });

  it('names a wrong option, what was expected and what came', () => {
    const messageOf = (raw: unknown) => {
      try {
        parseServiceOptions(raw);
      } catch (error) {
        expect(error).toBeInstanceOf(ServiceOptionsError);
        return (error as Error).message;
      }
      throw new Error('expected a ServiceOptionsError');
    };
    expect(messageOf(undefined)).toBe(
      'service options: (options): expected an object like { version, input: { shape }, maxInstances, batching }, got nothing (the field is missing)',
    );
    expect(messageOf({ input: { shape: [8, 0] } })).toBe(
      'service options: input.shape: expected an array of positive whole numbers, e.g. [64], got an array of 2 items',
    );
    expect(messageOf({ input: { shape: [64], dtype: 'float64' } })).toBe(
      "service options: input.dtype: expected 'float32' or 'int32', got a string \"float64\"",
    );
    expect(messageOf({ input: { shape: [64], min: 5, max: 1 } })).toBe(
      'service options: input.max: expected a number ≥ input.min (5), got 1',
    );
    expect(messageOf({ input: { shape: [64] }, maxInstances: 0 })).toBe(
      'service options: maxInstances: expected a whole number ≥ 1, got 0',
    );
    expect(messageOf({ input: { shape: [64] }, batching: { maxBatchSize: 2.5 } })).toBe(
      'service options: batching.maxBatchSize: expected a whole number ≥ 1, got 2.5',
    );
    expect(messageOf({ input: { shape: [64] }, batch: true })).toBe(
      'service options: batch: expected one of version, input, maxInstances, batching, maxQueueLength, got an option by that name',
    );
  });
});
