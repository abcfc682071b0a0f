import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { moneyStringSchema, textSchema, yearSchema } from '../shared-schemas.js';
import { basisSchema } from './income-recorded.js';

/** Expenditure on an Iv3 taakveld (code valid in that year), or indirect overhead allocated to the social domain. */
export const expenditureLineSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('taakveld'),
    code: z.string().regex(/^6\.\d{1,3}[a-d]?$/, 'an Iv3 taakveld code of hoofdtaakveld 6'),
  }),
  z.object({ kind: z.literal('overhead') }),
]);
export type ExpenditureLine = z.infer<typeof expenditureLineSchema>;

export const expenditureRecorded = defineEvent({
  type: 'ExpenditureRecorded',
  streams: ['municipality'],
  correctable: true,
  /** `detail` splits a line further where the source does (Dalfsen's youth care: ZIN and PGB on 6.72). */
  schema: z.object({
    year: yearSchema,
    line: expenditureLineSchema,
    detail: textSchema(100).optional(),
    amount: moneyStringSchema,
    basis: basisSchema,
  }),
});
