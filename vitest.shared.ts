import { defineConfig } from 'vitest/config';

// Shared by every workspace: each package writes a JSON report that the root `npm test` sums into one "N passed, N failed" line.
export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts', '*.spec.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
