import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests live under `test/`, mirroring `src/`; DOM tests opt in with `// @vitest-environment happy-dom`.
 * Test files run in parallel on every core (at least two: vitest's default of one fewer than the
 * cores would run the suite one file at a time on a 2-core CI machine). `npm run test:unit` runs
 * the lessons (test/lessons/lessons.test.ts) afterwards, on their own: their cells time things and
 * load-test a service, and their prose's claims about those figures hold on a machine the lesson
 * has to itself, as a learner's is, not beside the exercise proofs.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Bundles the node learner realm once, so each graded submission's fresh realm starts fast.
    globalSetup: ['test/setup/node-realm.ts'],
    environment: 'node',
    testTimeout: 30_000,
    maxWorkers: Math.max(2, availableParallelism()),
    minWorkers: 1,
  },
});
