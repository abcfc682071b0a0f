import type { z } from 'zod';
import { didYouMean } from './close-match.js';

export type PathKey = string | number;
/** A problem at a path of the value, before anyone (HTTP, a journal) decides how to show the path. */
export type PathIssue = { readonly path: PathKey[]; readonly message: string };

/** The parts of zod 4's schema definitions this walk needs; anything else is a leaf. */
type SchemaDef = {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly catchall?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly element?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly valueType?: z.ZodType;
  readonly getter?: () => z.ZodType;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * zod objects strip unknown keys; the API and the journal importer refuse them instead, so a misspelt field ("amout") is an
 * error and not silently ignored. This walks the schema alongside the value and names every key the
 * schema does not know, at any depth, without changing the command schemas themselves.
 */
export function unknownKeys(schema: z.ZodType, value: unknown, path: readonly PathKey[] = []): PathIssue[] {
  const def = schema._zod.def as unknown as SchemaDef;
  switch (def.type) {
    case 'object': {
      if (!isRecord(value) || !def.shape || def.catchall) return [];
      const shape = def.shape;
      return Object.keys(value).flatMap((key) =>
        Object.hasOwn(shape, key)
          ? unknownKeys(shape[key]!, value[key], [...path, key])
          : [{ path: [...path, key], message: `unknown field "${key}"${didYouMean(key, Object.keys(shape))}` }],
      );
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return def.innerType ? unknownKeys(def.innerType, value, path) : [];
    case 'pipe':
      return def.in ? unknownKeys(def.in, value, path) : [];
    case 'lazy':
      return def.getter ? unknownKeys(def.getter(), value, path) : [];
    case 'array':
      return Array.isArray(value) && def.element
        ? value.flatMap((item, i) => unknownKeys(def.element!, item, [...path, i]))
        : [];
    case 'record':
      return isRecord(value) && def.valueType
        ? Object.entries(value).flatMap(([k, v]) => unknownKeys(def.valueType!, v, [...path, k]))
        : [];
    case 'union': {
      // The option the value parses as decides which keys are known; no match is reported by zod.
      const match = def.options?.find((option) => option.safeParse(value).success);
      return match ? unknownKeys(match, value, path) : [];
    }
    default:
      return [];
  }
}
