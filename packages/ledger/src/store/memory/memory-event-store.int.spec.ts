import { describeEventStoreConformance } from '../conformance/event-store-conformance.js';
import { createMemoryEventStore } from './memory-event-store.js';

describeEventStoreConformance('memory', async () => ({ store: createMemoryEventStore() }));
