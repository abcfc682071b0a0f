#!/usr/bin/env node
// The grip CLI. Its TypeScript sources are in src/cli and are built to dist/ by `npm run build`.
try {
  await import('../dist/cli/main.js');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli/main.js')) {
    process.stderr.write('grip: the CLI is not built yet; run `npm run build` in the repository root first\n');
    process.exit(1);
  }
  throw error;
}
