import type { Command } from '../commands/catalogue.js';
import { domainError, type DomainError } from '../errors/domain-error.js';
import type { MunicipalityRegister } from '../municipality/municipality-register.js';

/** Something the ledger accepted but wants the caller to know; the outcome carries it. */
export type LedgerWarning = {
  readonly code: 'MUNICIPALITY_YEAR_NOT_COVERED';
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The year a command is about, to check its municipality code against that year's list: the data's
 * `year` (income, expenditure, a plan year, a P&C moment), else the year of its `date` (a decision),
 * else the first year of its `period` (opening a programme), else the year it is recorded in.
 */
export function commandYear(command: Command, now: () => Date): number {
  const data: unknown = command.data;
  if (isRecord(data)) {
    if (typeof data['year'] === 'number') return data['year'];
    if (typeof data['date'] === 'string' && /^\d{4}-/.test(data['date'])) return Number(data['date'].slice(0, 4));
    const period = data['period'];
    if (isRecord(period) && typeof period['firstYear'] === 'number') return period['firstYear'];
  }
  return now().getUTCFullYear(); // asked only here: a stepping test clock must not tick for nothing
}

/**
 * A tenant code against the operator's list: refused when the list of that year lacks it (a merged
 * municipality's old code, a typo that still looks like GMxxxx); accepted with a warning when the list
 * has no such year, because a list that ends in 2024 cannot refuse a 2026 code.
 */
export function checkMunicipality(
  register: MunicipalityRegister,
  tenant: string,
  year: number,
): { refused: DomainError } | { warning: LedgerWarning } | null {
  const check = register.check(tenant, year);
  if (check.status === 'listed') return null;
  if (check.status === 'not-listed') {
    const elsewhere = check.listedIn.length > 0 ? ` (listed in ${check.listedIn.join(', ')})` : '';
    return {
      refused: domainError(
        'MUNICIPALITY_NOT_LISTED',
        `${tenant} is not a municipality code in ${year} according to ${register.source}${elsewhere}`,
        { tenant, year, listedIn: check.listedIn, source: register.source },
      ),
    };
  }
  return {
    warning: {
      code: 'MUNICIPALITY_YEAR_NOT_COVERED',
      message: `${tenant} not checked: the municipality list (${register.source}) has no year ${year}; it covers ${check.covered.join(', ')}`,
      details: { tenant, year, covered: check.covered, source: register.source },
    },
  };
}
