// Every workspace runs its tests the same way (see ../vitest.shared.ts); this one also runs the
// reliability suite in reliability/ (issue 17).
import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../vitest.shared.js';

export default mergeConfig(shared, defineConfig({ test: { include: ['reliability/**/*.spec.ts'] } }));
