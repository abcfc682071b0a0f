export * from './result.js';
export * from './domain-error.js';
export * from './store-error.js';
