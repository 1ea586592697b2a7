import { defineConfig } from 'vitest/config';

/** Unit tests live under `test/`, mirroring `src/`; DOM tests opt in with `// @vitest-environment happy-dom`. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
