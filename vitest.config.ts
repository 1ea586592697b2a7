import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests live under `test/`, mirroring `src/`; DOM tests opt in with `// @vitest-environment happy-dom`.
 * Test files run in parallel on every core (at least two: vitest's default of one fewer than the
 * cores would run the suite one file at a time on a 2-core CI machine, where the two longest files,
 * the exercise proofs and the lesson runs, then take turns instead of sharing the machine).
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    maxWorkers: Math.max(2, availableParallelism()),
    minWorkers: 1,
  },
});
