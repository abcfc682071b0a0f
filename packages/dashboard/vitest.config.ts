// Every workspace runs its tests the same way; see ../../vitest.shared.ts.
export { default } from '../../vitest.shared.js';
