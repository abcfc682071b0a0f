import * as Plot from '@observablehq/plot';
import type { YearSlice } from '../api/schemas.js';
import { Amount } from '../components/amount.js';
import { Chart } from '../components/chart.js';
import { DataTable } from '../components/data-table.js';
import { Legend } from '../components/legend.js';
import { chartNumber, formatEuro } from '../format/money.js';
import { useI18n } from '../i18n/i18n.js';

/** Colours with at least 3:1 contrast against white (WCAG 1.4.11) and told apart by a legend and the table. */
const COLOURS = { planned: '#00689e', realised: '#1c7d3a', target: '#b3261e' };

/** Jaarschijven: planned against realised per year, the target as a line, the gap in the table. */
export function YearSlicesSection({ years, programmeId }: { years: readonly YearSlice[]; programmeId: string }) {
  const { t } = useI18n();
  const bars = years.flatMap((y) => [
    { year: String(y.year), series: t('planned'), value: chartNumber(y.planned) ?? 0 },
    { year: String(y.year), series: t('realised'), value: chartNumber(y.realised) ?? 0 },
  ]);
  const targets = years.flatMap((y) =>
    y.target === null ? [] : [{ year: String(y.year), value: chartNumber(y.target) ?? 0 }],
  );
  const label = `${t('yearSlices')}: ${years
    .map(
      (y) =>
        `${y.year} ${t('planned').toLowerCase()} ${formatEuro(y.planned)}, ${t('realised').toLowerCase()} ${formatEuro(y.realised)}${y.target === null ? '' : `, ${t('target').toLowerCase()} ${formatEuro(y.target)}`}`,
    )
    .join('; ')}. ${t('chartAltTable')}`;
  const render = () =>
    Plot.plot({
      className: 'grip-plot',
      width: 720,
      height: 300,
      marginLeft: 90,
      y: { grid: true, label: '€', ticks: 8, tickFormat: (d: number) => formatEuro(String(d)) },
      x: { axis: null, domain: [t('planned'), t('realised')], paddingInner: 0.1 },
      fx: { label: null, padding: 0.15 },
      color: { domain: [t('planned'), t('realised')], range: [COLOURS.planned, COLOURS.realised] },
      marks: [
        Plot.barY(bars, { fx: 'year', x: 'series', y: 'value', fill: 'series' }),
        Plot.tickY(targets, { fx: 'year', y: 'value', stroke: COLOURS.target, strokeWidth: 3, strokeDasharray: '6,3' }),
        Plot.ruleY([0]),
      ],
    });
  return (
    <section aria-labelledby="grip-ys-title" class="grip-section">
      <h2 id="grip-ys-title">{t('yearSlices')}</h2>
      <p>{t('yearSlicesIntro')}</p>
      <Legend
        items={[
          { swatch: 'planned', label: t('planned') },
          { swatch: 'realised', label: t('realised') },
          { swatch: 'target', label: t('target') },
        ]}
      />
      <Chart render={render} label={label} />
      <DataTable
        caption={t('yearSlices')}
        filename={`jaarschijven-${programmeId}`}
        rows={years}
        columns={[
          { header: t('year'), cell: (y) => y.year, csv: (y) => y.year },
          {
            header: t('planned'),
            numeric: true,
            cell: (y) => <Amount value={y.planned} pmCount={y.pmCount} />,
            csv: (y) => y.planned,
          },
          {
            header: t('attributed'),
            numeric: true,
            cell: (y) => <Amount value={y.attributed} />,
            csv: (y) => y.attributed,
          },
          {
            header: t('unattributed'),
            numeric: true,
            cell: (y) => <Amount value={y.unattributed} />,
            csv: (y) => y.unattributed,
          },
          {
            header: t('realised'),
            numeric: true,
            cell: (y) => (
              <>
                <Amount value={y.realised} />
                {y.notAttributableCount > 0 ? (
                  <span class="grip-na-note">
                    {' '}
                    + {y.notAttributableCount} × {t('notAttributable')}
                  </span>
                ) : null}
              </>
            ),
            csv: (y) => y.realised,
          },
          {
            header: t('target'),
            numeric: true,
            cell: (y) => (y.target === null ? t('noTarget') : <Amount value={y.target} />),
            csv: (y) => y.target,
          },
          { header: t('gap'), numeric: true, cell: (y) => <Amount value={y.gap} />, csv: (y) => y.gap },
          { header: t('pmItems'), numeric: true, cell: (y) => y.pmCount, csv: (y) => y.pmCount },
          {
            header: t('notAttributableCount'),
            numeric: true,
            cell: (y) => y.notAttributableCount,
            csv: (y) => y.notAttributableCount,
          },
        ]}
        rowClass={(y) => (y.gap !== null && !y.gap.startsWith('-') && y.gap !== '0' ? 'grip-row-warning' : undefined)}
      />
    </section>
  );
}
