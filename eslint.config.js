// ESLint for the whole tree. Type-aware rules run on the packages' TypeScript (where promises and
// unsafe values matter); plain rules on the scripts, examples and cross-package tests. Formatting is
// Prettier's job (eslint-config-prettier turns off the rules that would fight it).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', 'data/**', '**/.turbo/**'],
  },
  js.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [...tseslint.configs.recommended],
  },
  {
    files: ['packages/*/src/**/*.{ts,tsx}'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // The store port is async so that every adapter can be swapped in; the synchronous ones (SQLite,
      // memory) implement it with async methods on purpose, so that a throw becomes a rejection.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Settings enter through one module, where they are listed and validated (docs/architecture.md).
    files: ['packages/*/src/**/*.ts'],
    ignores: ['packages/api/src/app/config.ts', '**/*.spec.ts', '**/__fixtures__/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read settings in packages/api/src/app/config.ts only.' },
      ],
    },
  },
  {
    // Tests assert on parsed JSON (supertest's `body`, stored rows); `expect` checks those values, so the
    // unsafe-any rules would only add casts. Everything else still applies to tests.
    files: ['**/*.spec.ts', '**/__fixtures__/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  prettier,
);
