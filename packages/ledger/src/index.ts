export * from './money/index.js';
export * from './errors/index.js';
export * from './events/index.js';
export * from './chain/index.js';
export * from './store/port.js';
export * from './store/stream-ids.js';
export * from './store/memory/index.js';
