// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

/** Typed linting (typescript-eslint's recommendedTypeChecked) over the project's TypeScript. */
export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'public/',
      'test-results/',
      'playwright-report/',
      'exercises/',
      'test/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-empty': ['error', { allowEmptyCatch: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Methods that implement an async interface (tfjs callbacks, loaders, test doubles) are
      // `async` for their signature even when their own body awaits nothing.
      '@typescript-eslint/require-await': 'off',
      // `addEventListener('click', async () => …)`: the listeners report their own outcome to the
      // learner; a returned promise there is intended. Promises in conditions and spreads are checked.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  {
    // Vitest's and Playwright's asymmetric matchers (expect.any, expect.stringContaining) are typed `any`.
    files: ['test/**/*.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  // Plain JavaScript (configs, scripts) and .astro frontmatter are linted without type information.
  { files: ['**/*.astro', '**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  // Formatting is Prettier's (npm run format); no lint rule argues with it.
  prettier,
);
