import { describe, expect, it } from 'vitest';
import { createRandom, hashSeed, mulberry32 } from '../../../src/runtime/tools/random.ts';

describe('mulberry32 / createRandom', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const a = createRandom(1);
    const b = createRandom(1);
    const c = createRandom(2);
    const first = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(first);
  });

  it('gives floats in [0, 1) with a mean near 1/2', () => {
    const next = mulberry32(123);
    const values = Array.from({ length: 10_000 }, next);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((s, v) => s + v, 0) / values.length).toBeCloseTo(0.5, 1);
  });

  it('gives standard normals (mean ≈ 0, variance ≈ 1)', () => {
    const random = createRandom(5);
    const values = Array.from({ length: 20_000 }, () => random.normal());
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
    expect(values.every(Number.isFinite)).toBe(true);
  });

  it('shuffles into a permutation and int stays in range', () => {
    const random = createRandom(9);
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = random.shuffle([...items]);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(items);
    const ints = Array.from({ length: 1000 }, () => random.int(7));
    expect(new Set(ints)).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
  });

  it('hashSeed separates nearby and fractional seeds', () => {
    expect(hashSeed(1)).not.toBe(hashSeed(2));
    expect(hashSeed(1)).not.toBe(hashSeed(1.5));
    expect(hashSeed(-1)).not.toBe(hashSeed(1));
    expect(hashSeed(42)).toBe(hashSeed(42));
  });
});
