import { randomUUID } from 'node:crypto';

/** Ids are injected too, so tests can predict every event id. */
export type IdSource = { next(): string };

export const randomIds = (): IdSource => ({ next: () => randomUUID() });

/** prefix-000001, prefix-000002, …: readable and deterministic. */
export const sequentialIds = (prefix = 'evt'): IdSource => {
  let n = 0;
  return { next: () => `${prefix}-${String(++n).padStart(6, '0')}` };
};
