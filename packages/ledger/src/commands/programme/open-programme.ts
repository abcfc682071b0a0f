import { z } from 'zod';
import { domainError } from '../../errors/domain-error.js';
import { err, ok } from '../../errors/result.js';
import { idSchema, textSchema, yearSchema } from '../../events/shared-schemas.js';
import { classifierSchema } from '../../events/types/programme-opened.js';
import { normaliseCode } from '../../programme/programme-state.js';
import { programmeCommand } from '../define-command.js';

const MAX_PERIOD_YEARS = 20;

const duplicateIn = (items: ReadonlyArray<{ code: string }>): string | undefined => {
  const seen = new Set<string>();
  return items
    .map((i) => i.code)
    .find((code) => (seen.has(normaliseCode(code)) ? true : (seen.add(normaliseCode(code)), false)));
};

/** Opens a savings programme for the caller's municipality, with its own domains and categories. */
export const openProgramme = programmeCommand({
  type: 'OpenProgramme',
  schema: z.object({
    programmeId: idSchema,
    title: textSchema(300),
    period: z.object({ firstYear: yearSchema, lastYear: yearSchema }),
    domains: z.array(classifierSchema).min(1).max(50),
    categories: z.array(classifierSchema).min(1).max(50),
  }),
  decide: (data, state, { tenant }) => {
    const { firstYear, lastYear } = data.period;
    if (lastYear < firstYear || lastYear - firstYear + 1 > MAX_PERIOD_YEARS) {
      return err(
        domainError(
          'INVALID_PERIOD',
          `period ${firstYear}-${lastYear} must run forward and span at most ${MAX_PERIOD_YEARS} years`,
          { firstYear, lastYear },
        ),
      );
    }
    const duplicate = duplicateIn(data.domains) ?? duplicateIn(data.categories);
    if (duplicate !== undefined)
      return err(domainError('DUPLICATE_CODE', `code "${duplicate}" appears twice`, { code: duplicate }));
    // Checked last: a body that is wrong anyway is refused for that, the same whether or not the id is
    // taken, so an invalid body cannot be used to probe which programme ids exist.
    if (state.opened)
      return err(
        domainError('PROGRAMME_ALREADY_OPENED', `programme ${data.programmeId} already exists`, {
          programmeId: data.programmeId,
        }),
      );
    return ok([{ type: 'ProgrammeOpened', data: { ...data, municipality: tenant } }]);
  },
});
