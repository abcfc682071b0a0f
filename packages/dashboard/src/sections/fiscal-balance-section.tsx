import * as Plot from '@observablehq/plot';
import type { FiscalYear } from '../api/schemas.js';
import { Amount } from '../components/amount.js';
import { Chart } from '../components/chart.js';
import { DataTable } from '../components/data-table.js';
import { Legend } from '../components/legend.js';
import { basisLabel } from '../format/labels.js';
import { chartNumber, formatEuro } from '../format/money.js';
import { useI18n } from '../i18n/i18n.js';

/** Income and expenditure bars per year with the saldo as a tick; an incomplete year is lighter and starred. */
export function FiscalBalanceSection({ years, filename }: { years: readonly FiscalYear[]; filename: string }) {
  const { t } = useI18n();
  const bars = years.flatMap((y) =>
    [
      [t('income'), y.income],
      [t('expenditure'), y.expenditure],
    ].map(([series, amount]) => ({
      year: String(y.year),
      series,
      value: chartNumber(amount ?? null) ?? 0,
      complete: y.complete,
    })),
  );
  const saldo = years.map((y) => ({ year: String(y.year), value: chartNumber(y.saldo) ?? 0 }));
  const incomplete = (y: FiscalYear) => (y.complete ? '' : ` (${t('incomplete')})`);
  const label = `${t('fiscalTitle')}: ${years
    .map((y) => `${y.year} ${t('saldo').toLowerCase()} ${formatEuro(y.saldo)}${incomplete(y)}`)
    .join('; ')}. ${t('chartAltTable')}`;
  const starred = (year: string) =>
    years.find((v) => String(v.year) === year)?.complete === false ? `${year}*` : year;
  const render = () =>
    Plot.plot({
      className: 'grip-plot',
      width: 720,
      height: 320,
      marginLeft: 110,
      y: { grid: true, label: '€', ticks: 8, tickFormat: (d: number) => formatEuro(String(d)) },
      x: { axis: null, domain: [t('income'), t('expenditure')] },
      fx: { label: null, padding: 0.15, tickFormat: starred },
      color: { domain: [t('income'), t('expenditure')], range: ['#00689e', '#8a4b08'] },
      marks: [
        Plot.barY(bars, {
          fx: 'year',
          x: 'series',
          y: 'value',
          fill: 'series',
          fillOpacity: (d: { complete: boolean }) => (d.complete ? 1 : 0.35),
        }),
        Plot.ruleY([0]),
        Plot.tickY(saldo, { fx: 'year', y: 'value', stroke: '#b3261e', strokeWidth: 3 }),
      ],
    });
  const yesNo = (y: FiscalYear) => (y.complete ? t('yes') : t('no'));
  return (
    <section aria-labelledby="grip-fb-title" class="grip-section">
      <h2 id="grip-fb-title">
        {t('saldo')} {years[0]?.year}–{years[years.length - 1]?.year}
      </h2>
      <Legend
        items={[
          { swatch: 'planned', label: t('income') },
          { swatch: 'expenditure', label: t('expenditure') },
          { swatch: 'target', label: t('saldo') },
          { swatch: '', label: `* ${t('incomplete')}` },
        ]}
      />
      <Chart render={render} label={label} />
      <DataTable
        caption={t('fiscalTitle')}
        filename={filename}
        rows={years}
        rowClass={(y) => (y.complete ? undefined : 'grip-row-incomplete')}
        columns={[
          { header: t('year'), cell: (y) => `${y.year}${incomplete(y)}`, csv: (y) => y.year },
          { header: t('income'), numeric: true, cell: (y) => <Amount value={y.income} />, csv: (y) => y.income },
          {
            header: t('expenditure'),
            numeric: true,
            cell: (y) => <Amount value={y.expenditure} />,
            csv: (y) => y.expenditure,
          },
          { header: t('saldo'), numeric: true, cell: (y) => <Amount value={y.saldo} />, csv: (y) => y.saldo },
          { header: t('basis'), cell: (y) => basisLabel(t, y.basis), csv: (y) => basisLabel(t, y.basis) },
          { header: t('complete'), cell: yesNo, csv: yesNo },
          { header: t('missing'), cell: (y) => y.missing.join(', ') || '–', csv: (y) => y.missing.join(', ') },
        ]}
      />
    </section>
  );
}
