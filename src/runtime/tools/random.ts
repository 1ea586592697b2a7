/**
 * A small seeded pseudo-random number generator (mulberry32): fast, 32-bit state, good enough
 * for shuffles, synthetic data and weight initialisation — not for cryptography.
 */

/** A seeded source of random numbers; the same seed always gives the same sequence. */
export interface Random {
  /** A float uniformly distributed in [0, 1). */
  next(): number;
  /** A float from the standard normal distribution (Box–Muller). */
  normal(): number;
  /** An integer uniformly distributed in [0, n). */
  int(n: number): number;
  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[];
}

/** Returns the bare mulberry32 generator: a function giving floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Creates a {@link Random} seeded with `seed` (any finite number; fractions are mixed in). */
export function createRandom(seed: number): Random {
  const next = mulberry32(hashSeed(seed));
  let spareNormal: number | null = null;
  const random: Random = {
    next,
    normal() {
      if (spareNormal !== null) {
        const value = spareNormal;
        spareNormal = null;
        return value;
      }
      // 1 - next() lies in (0, 1], so the logarithm is finite.
      const radius = Math.sqrt(-2 * Math.log(1 - next()));
      const angle = 2 * Math.PI * next();
      spareNormal = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },
    int(n) {
      return Math.floor(next() * n);
    },
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const held = items[i] as (typeof items)[number];
        items[i] = items[j] as (typeof items)[number];
        items[j] = held;
      }
      return items;
    },
  };
  return random;
}

/** Maps any finite number (including fractions and negatives) to a well-mixed 32-bit seed. */
export function hashSeed(seed: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < 8; i++) {
    h = Math.imul(h ^ view.getUint8(i), 0x01000193);
  }
  return h >>> 0;
}
