import type { z } from 'zod';

/**
 * The parts of zod's schema definitions (`schema._zod.def`) that the fast validator reads. These are
 * zod internals, typed here by hand: a zod upgrade that changes them makes the compiler bail out
 * (every verdict UNKNOWN, so zod decides everything), and the property tests beside the compiler
 * fail, so a change is seen rather than silently trusted.
 */
export type CheckDef = {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly tx?: (value: unknown) => unknown;
  readonly fn?: (value: unknown) => unknown;
  /** A condition for running the check at all (zod sets one on length checks). */
  readonly when?: unknown;
};

export type SchemaDef = {
  readonly type: string;
  readonly checks?: readonly z.core.$ZodCheck[];
  readonly coerce?: boolean;
  /** String formats (z.iso.date(), z.iso.datetime()) are schema and check at once. */
  readonly check?: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
  readonly catchall?: z.core.$ZodType;
  readonly innerType?: z.core.$ZodType;
  readonly element?: z.core.$ZodType;
  readonly options?: readonly z.core.$ZodType[];
  readonly keyType?: z.core.$ZodType;
  readonly valueType?: z.core.$ZodType;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly values?: readonly unknown[];
};

export const defOf = (schema: z.core.$ZodType): SchemaDef => schema._zod.def;
export const checkDefOf = (check: z.core.$ZodCheck): CheckDef => check._zod.def;
/** zod's optionality marker: "optional" when a missing key is allowed. */
export const optionalIn = (schema: z.core.$ZodType): boolean => schema._zod.optin === 'optional';
