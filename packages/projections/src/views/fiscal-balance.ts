import type { Basis, IncomeSource } from '@grip/ledger';
import { minus, plus, sumStrings } from '../core/money-sum.js';
import { plannedRule } from '../core/planned-rule.js';
import type { MunicipalityModel } from '../state/municipality-model.js';
import type { ProgrammeModel } from '../state/programme-model.js';
import { planIn } from './plan-sums.js';

export type FiscalBalance = {
  readonly municipality: string;
  readonly year: number;
  readonly income: ReadonlyArray<{ readonly source: IncomeSource; readonly amount: string; readonly basis: Basis }>;
  readonly incomeTotal: string;
  /** Taakveld lines by code (sorted), then the allocated overhead line if recorded. */
  readonly expenditure: ReadonlyArray<{
    readonly line: string;
    readonly detail?: string;
    readonly amount: string;
    readonly basis: Basis;
  }>;
  readonly expenditureTotal: string;
  /** income − expenditure. */
  readonly saldo: string;
  /** Planned structural savings of the municipality's programmes in this year. */
  readonly plannedStructuralSavings: string;
  /** saldo + plannedStructuralSavings. */
  readonly projectedSaldo: string;
  /** 'estimated' when any row is a raming; 'none' when nothing was recorded for the year. */
  readonly basis: Basis | 'mixed' | 'none';
  /**
   * What the year lacks for a meaningful saldo: no income rows, or no taakveld expenditure (overhead
   * alone is not the social domain's spending). The saldo is still the exact sum of what is there.
   */
  readonly missing: ReadonlyArray<'income' | 'taakveld-expenditure'>;
  readonly complete: boolean;
};

/**
 * The structural part of a programme's planned saving in a year: the planned rule (core/planned-rule.ts)
 * over the structural phasing and structural measure plans. Years outside the period count 0.
 */
export function plannedStructural(model: ProgrammeModel, year: number): string {
  if (year < model.period.firstYear || year > model.period.lastYear) return '0';
  const attributed = sumStrings(model.measures.map((m) => planIn(m.plan, year, 'structural').amount));
  return plannedRule(planIn(model.phasing, year, 'structural').amount, attributed).planned;
}

/**
 * The orders of String.prototype.localeCompare(other, 'en', { numeric: true }) and localeCompare(other),
 * which are defined as these collators' compare; made once, because localeCompare with options builds a
 * collator on every call (it was most of the time of writing the fiscal balances).
 */
const byLine = new Intl.Collator('en', { numeric: true }).compare;
const byDetail = new Intl.Collator().compare;

export function fiscalBalance(
  muni: MunicipalityModel,
  programmes: readonly ProgrammeModel[],
  year: number,
): FiscalBalance {
  const income = muni.income
    .filter((i) => i.year === year)
    .map((i) => ({ source: i.source, amount: i.amount, basis: i.basis }))
    .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const expenditure = muni.expenditure
    .filter((e) => e.year === year)
    .map((e) => ({
      line: e.line.kind === 'taakveld' ? e.line.code : 'overhead',
      ...(e.detail !== undefined && { detail: e.detail }),
      amount: e.amount,
      basis: e.basis,
    }))
    .sort((a, b) =>
      a.line === 'overhead'
        ? 1
        : b.line === 'overhead'
          ? -1
          : byLine(a.line, b.line) || byDetail(a.detail ?? '', b.detail ?? ''),
    );
  const incomeTotal = sumStrings(income.map((i) => i.amount));
  const expenditureTotal = sumStrings(expenditure.map((e) => e.amount));
  const saldo = minus(incomeTotal, expenditureTotal);
  const savings = sumStrings(
    programmes.filter((p) => p.municipality === muni.municipality).map((p) => plannedStructural(p, year)),
  );
  const bases = new Set([...income, ...expenditure].map((r) => r.basis));
  const missing = [
    ...(income.length === 0 ? (['income'] as const) : []),
    ...(expenditure.some((e) => e.line !== 'overhead') ? [] : (['taakveld-expenditure'] as const)),
  ];
  return {
    municipality: muni.municipality,
    year,
    income,
    incomeTotal,
    expenditure,
    expenditureTotal,
    saldo,
    plannedStructuralSavings: savings,
    projectedSaldo: plus(saldo, savings),
    basis: bases.size === 0 ? 'none' : bases.size > 1 ? 'mixed' : [...bases][0]!,
    missing,
    complete: missing.length === 0,
  };
}

/** The years for which the municipality recorded income or expenditure, ascending. */
export const balanceYears = (muni: MunicipalityModel): number[] =>
  [...new Set([...muni.income.map((i) => i.year), ...muni.expenditure.map((e) => e.year)])].sort((a, b) => a - b);
