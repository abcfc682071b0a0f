import * as Plot from '@observablehq/plot';
import { useState } from 'preact/hooks';
import type { DomainLine } from '../api/schemas.js';
import { Amount } from '../components/amount.js';
import { Chart } from '../components/chart.js';
import { DataTable } from '../components/data-table.js';
import { chartNumber, formatEuro } from '../format/money.js';
import { useI18n } from '../i18n/i18n.js';

type DomainYear = { year: number; domains: readonly DomainLine[]; total: string };

/** Planned and realised per domain for one year (the last year of the period unless chosen). */
export function DomainSection({ years, programmeId }: { years: readonly DomainYear[]; programmeId: string }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const current = years.find((y) => y.year === chosen) ?? years[years.length - 1];
  if (!current) return null;
  const rows = current.domains;
  const bars = rows.flatMap((d) => [
    { domain: d.name, series: t('planned'), value: chartNumber(d.planned) ?? 0 },
    { domain: d.name, series: t('realised'), value: chartNumber(d.realised) ?? 0 },
  ]);
  const label = `${t('domainsIntro')} ${current.year}: ${rows.map((d) => `${d.name} ${formatEuro(d.planned)}`).join('; ')}. ${t('chartAltTable')}`;
  const render = () =>
    Plot.plot({
      className: 'grip-plot',
      width: 720,
      height: 40 + rows.length * 44,
      marginLeft: 230,
      x: { grid: true, label: '€', ticks: 5, tickFormat: (d: number) => formatEuro(String(d)) },
      y: { axis: null, domain: [t('planned'), t('realised')] },
      fy: { label: null, domain: rows.map((d) => d.name) },
      color: { domain: [t('planned'), t('realised')], range: ['#00689e', '#1c7d3a'] },
      marks: [Plot.barX(bars, { fy: 'domain', y: 'series', x: 'value', fill: 'series' }), Plot.ruleX([0])],
    });
  return (
    <section aria-labelledby="grip-dom-title" class="grip-section">
      <h2 id="grip-dom-title">
        {t('domains')} ({current.year})
      </h2>
      <div class="grip-field grip-no-print">
        <label for="grip-dom-year">{t('year')}</label>
        <select
          id="grip-dom-year"
          value={String(current.year)}
          onChange={(e) => setChosen(Number(e.currentTarget.value))}
        >
          {years.map((y) => (
            <option value={String(y.year)}>{y.year}</option>
          ))}
        </select>
      </div>
      <Chart render={render} label={label} />
      <DataTable
        caption={`${t('domainsIntro')} ${current.year}`}
        filename={`domeinen-${programmeId}-${current.year}`}
        rows={rows}
        columns={[
          { header: t('domain'), cell: (d) => d.name, csv: (d) => d.name },
          {
            header: t('planned'),
            numeric: true,
            cell: (d) => <Amount value={d.planned} pmCount={d.pmCount} />,
            csv: (d) => d.planned,
          },
          { header: t('realised'), numeric: true, cell: (d) => <Amount value={d.realised} />, csv: (d) => d.realised },
          { header: t('pmItems'), numeric: true, cell: (d) => d.pmCount, csv: (d) => d.pmCount },
          {
            header: t('notAttributableCount'),
            numeric: true,
            cell: (d) => d.notAttributableCount,
            csv: (d) => d.notAttributableCount,
          },
          { header: t('measuresCount'), numeric: true, cell: (d) => d.measureCount, csv: (d) => d.measureCount },
        ]}
        footer={[t('total'), <Amount value={current.total} />, '', '', '', '']}
      />
    </section>
  );
}
