import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../vitest.shared.js';

// Every workspace runs its tests the same way (see ../vitest.shared.ts); this one also holds the
// reliability suite in reliability/ (bounded here; `npm run soak` runs it long).
export default mergeConfig(shared, defineConfig({ test: { include: ['*.spec.ts', 'reliability/**/*.spec.ts'] } }));
