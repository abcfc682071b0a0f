import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Shared by every workspace: each package writes a JSON report that the root `npm test` sums into one "N passed, N failed" line.
export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts', '*.spec.ts'],
    // Builds the package and its dependencies first: tests that run dist never skip or run a stale one.
    globalSetup: [fileURLToPath(new URL('./vitest.global-setup.ts', import.meta.url))],
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
