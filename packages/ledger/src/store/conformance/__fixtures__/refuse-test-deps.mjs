// Loaded with `node --import`: any import of a test-only package fails, so a test can prove that a
// module graph does not need vitest or fast-check.
import { register } from 'node:module';

register('./refuse-test-deps-hooks.mjs', import.meta.url);
