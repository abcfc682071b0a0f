import type { FiscalBalance } from '@grip/projections';

/** The API's fiscal balance row: `income`, `expenditure` and `saldo` are the totals, lines alongside. */
export type FiscalYear = {
  readonly year: number;
  readonly income: string;
  readonly expenditure: string;
  readonly saldo: string;
  readonly plannedStructuralSavings: string;
  readonly projectedSaldo: string;
  readonly basis: FiscalBalance['basis'];
  /** False when the year has no income rows or no taakveld expenditure: its saldo is then no real balance. */
  readonly complete: boolean;
  readonly missing: FiscalBalance['missing'];
  readonly incomeLines: FiscalBalance['income'];
  readonly expenditureLines: FiscalBalance['expenditure'];
};

export const fiscalYear = (b: FiscalBalance): FiscalYear => ({
  year: b.year,
  income: b.incomeTotal,
  expenditure: b.expenditureTotal,
  saldo: b.saldo,
  plannedStructuralSavings: b.plannedStructuralSavings,
  projectedSaldo: b.projectedSaldo,
  basis: b.basis,
  complete: b.complete,
  missing: b.missing,
  incomeLines: b.income,
  expenditureLines: b.expenditure,
});
