import { z } from 'zod';
import { err, ok, type Result } from '../errors/result.js';
import { isoDateSchema, municipalityCodeSchema } from '../events/shared-schemas.js';

/**
 * The official list of municipality codes per year (CBS "Gemeentelijke indeling op 1 januari"), as a
 * file the operator provides: Grip ships no list (no source it may redistribute was reachable; see
 * docs/municipality-codes.md). Mergers change the list on 1 January, so a code is checked against the
 * list of the year a command is about.
 */
export const municipalityRegisterSchema = z
  .object({
    /** Where the list comes from, e.g. the CBS table and its publication date. Required: a list without a source is not evidence. */
    source: z.string().min(1),
    licence: z.string().min(1).optional(),
    /** The day the list was taken from its source. */
    retrieved: isoDateSchema.optional(),
    /** Every code in force on 1 January of the year, per year. */
    years: z
      .record(z.string().regex(/^\d{4}$/, 'a year such as 2024'), z.array(municipalityCodeSchema).min(1))
      .refine((years) => Object.keys(years).length > 0, 'at least one year'),
  })
  .strict();

export type MunicipalityRegisterFile = z.input<typeof municipalityRegisterSchema>;

/** What the list says of a code in a year. */
export type RegisterCheck =
  | { readonly status: 'listed'; readonly year: number }
  | { readonly status: 'not-listed'; readonly year: number; readonly listedIn: readonly number[] }
  | { readonly status: 'year-not-covered'; readonly year: number; readonly covered: readonly number[] };

export type MunicipalityRegister = {
  readonly source: string;
  readonly years: readonly number[];
  check(code: string, year: number): RegisterCheck;
};

export type RegisterIssue = { readonly path: string; readonly message: string };

/** A register file, parsed: every problem of the file at once, with its path, or the register. */
export function parseMunicipalityRegister(
  json: unknown,
): Result<MunicipalityRegister, { code: 'INVALID_MUNICIPALITY_REGISTER'; issues: RegisterIssue[] }> {
  const parsed = municipalityRegisterSchema.safeParse(json);
  if (!parsed.success)
    return err({
      code: 'INVALID_MUNICIPALITY_REGISTER',
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message })),
    });
  const byYear = new Map(Object.entries(parsed.data.years).map(([year, codes]) => [Number(year), new Set(codes)]));
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return ok({
    source: parsed.data.source,
    years,
    check(code, year) {
      const codes = byYear.get(year);
      if (!codes) return { status: 'year-not-covered', year, covered: years };
      if (codes.has(code)) return { status: 'listed', year };
      return { status: 'not-listed', year, listedIn: years.filter((y) => byYear.get(y)!.has(code)) };
    },
  });
}
