import type { AsOf } from '@grip/projections';
import { z } from 'zod';

const MOMENT_NAME = /^[a-z0-9][a-z0-9-]{0,79}$/;
const LOOKS_LIKE_DATE_TIME = /^\d{4}-\d{2}-\d{2}T/;
const isoDateTime = z.iso.datetime({ offset: true });

/** `asOf`: an ISO date-time with offset (transaction time) or the name of a recorded P&C moment. */
export const asOfSchema = z
  .string()
  .max(100)
  .transform((value, ctx): AsOf => {
    if (LOOKS_LIKE_DATE_TIME.test(value)) {
      if (isoDateTime.safeParse(value).success) return { at: value };
      ctx.addIssue({ code: 'custom', message: 'an ISO date-time with offset, e.g. 2023-10-15T12:00:00Z' });
      return z.NEVER;
    }
    if (MOMENT_NAME.test(value)) return { moment: value };
    ctx.addIssue({ code: 'custom', message: 'an ISO date-time or a P&C moment name such as berap-2-2023' });
    return z.NEVER;
  })
  .describe('As known at: an ISO date-time with offset, or a P&C moment name (e.g. berap-2-2023)');

export const formatSchema = z.enum(['json', 'csv']).describe('json (default) or csv; Accept: text/csv works too');
export const localeSchema = z.enum(['plain', 'nl']).describe("CSV only: nl gives ';' separators and decimal commas");

export const yearParam = z
  .string()
  .regex(/^\d{4}$/, 'a year such as 2024')
  .transform(Number)
  .pipe(z.number().int().min(1990).max(2200));

/** Query parameters every projection accepts. */
export const projectionQueryShape = { asOf: asOfSchema.optional(), format: formatSchema.optional(), locale: localeSchema.optional() };
