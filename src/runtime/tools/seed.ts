/**
 * `seed(n)` in a code cell: replaces `Math.random` with a seeded generator. tfjs draws the seeds
 * of its weight initialisers, dropout and `model.fit` shuffles from `Math.random`, so after
 * `seed(1)` a run repeats exactly on the same backend.
 */
import { ToolError } from './errors.ts';
import { toolMessages } from './messages.ts';
import { mulberry32, hashSeed } from './random.ts';

/** Seeds and restores one `Math`-like object's `random`. */
export interface Seeder {
  /** From now on `Math.random` is a generator seeded with `n` (until `restore` or a new worker). */
  seed(n: number): void;
  /** Puts back the `Math.random` there was before the first `seed`. */
  restore(): void;
}

/** Creates a {@link Seeder} for `target` (the global `Math` unless a test passes its own). */
export function createSeeder(target: { random: () => number } = Math): Seeder {
  const original = target.random;
  return {
    seed(n) {
      if (typeof n !== 'number' || !Number.isFinite(n)) throw new ToolError(toolMessages.badSeed(n));
      target.random = mulberry32(hashSeed(n));
    },
    restore() {
      target.random = original;
    },
  };
}
