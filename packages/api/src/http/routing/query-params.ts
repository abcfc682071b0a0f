import { AS_OF_HELP, asOfFromText, type AsOf } from '@grip/projections';
import { z } from 'zod';
import { minPositionSchema } from '../operation/read-position-headers.js';

/** `asOf`: see asOfFromText; the same words as the CLI's --as-of. */
export const asOfSchema = z
  .string()
  .max(100)
  .transform((value, ctx): AsOf => {
    const parsed = asOfFromText(value);
    if (parsed.ok) return parsed.asOf;
    ctx.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  })
  .describe(`As known at: ${AS_OF_HELP}`);

export const formatSchema = z
  .enum(['json', 'csv', 'xlsx'])
  .describe(
    'json (default), csv, or xlsx (an Excel sheet: Dutch headers, numeric euro cells, frozen header row); the Accept header works too',
  );
export const localeSchema = z
  .enum(['plain', 'nl'])
  .describe("CSV only: nl gives ';' separators, decimal commas, Dutch headers and ja/nee");

export const yearParam = z
  .string()
  .regex(/^\d{4}$/, 'a year such as 2024')
  .transform(Number)
  .pipe(z.number().int().min(1990).max(2200));

/** Query parameters every projection accepts. */
export const projectionQueryShape = {
  asOf: asOfSchema.optional(),
  minPosition: minPositionSchema.optional(),
  format: formatSchema.optional(),
  locale: localeSchema.optional(),
};
