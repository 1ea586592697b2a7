import { describe, expect, it } from 'vitest';
import { exerciseIds, proofWeight, shardOf } from './exercise-proof';

const total = (ids: string[]) => ids.reduce((sum, id) => sum + proofWeight(id), 0);

describe('the exercise proof shards', () => {
  it('prove every exercise exactly once', () => {
    expect([...shardOf(1, 2), ...shardOf(2, 2)].sort()).toEqual(exerciseIds);
  });
  it('share the estimated work within the heaviest single exercise', () => {
    const heaviest = Math.max(...exerciseIds.map(proofWeight));
    expect(Math.abs(total(shardOf(1, 2)) - total(shardOf(2, 2)))).toBeLessThanOrEqual(heaviest);
  });
});
