import type { z } from 'zod';

export type StreamKind = 'programme' | 'municipality';

/** Turns the data of version N into the data of version N + 1. */
export type Upcaster = (data: unknown) => unknown;

export type EventDefinition<T extends string = string, S extends z.ZodType = z.ZodType> = {
  readonly type: T;
  /** The version new events are written with; older stored versions are upcast to it on read. */
  readonly version: number;
  readonly schema: S;
  /** upcasters[n] lifts version n to n + 1. */
  readonly upcasters: Readonly<Record<number, Upcaster>>;
  /** Which stream kinds may hold it. */
  readonly streams: readonly StreamKind[];
  /** Whether an EntryCorrected may replace its data. */
  readonly correctable: boolean;
};

export function defineEvent<T extends string, S extends z.ZodType>(definition: {
  type: T;
  version?: number;
  schema: S;
  upcasters?: Record<number, Upcaster>;
  streams: readonly StreamKind[];
  correctable: boolean;
}): EventDefinition<T, S> {
  const version = definition.version ?? 1;
  for (let v = 1; v < version; v++) {
    if (!definition.upcasters?.[v]) throw new Error(`${definition.type}: missing upcaster from v${v} to v${v + 1}`);
  }
  return { ...definition, version, upcasters: definition.upcasters ?? {} };
}
