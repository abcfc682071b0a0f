import type { ProgrammeResult } from '../api/schemas.js';
import { Amount } from '../components/amount.js';
import { DataTable } from '../components/data-table.js';
import { useI18n } from '../i18n/i18n.js';

/**
 * Baten, lasten and netto per year, planned and realised; then the structural effect in the final year
 * and, in the footer, the cumulative over the period: each labelled, so a structural saving counted once
 * per year in the cumulative is not read as the yearly effect.
 */
export function ResultSection({ result, programmeId }: { result: ProgrammeResult; programmeId: string }) {
  const { t } = useI18n();
  const { finalYear, cumulative } = result;
  const rows = [
    ...result.perYear.map((y) => ({ ...y, label: String(y.year) })),
    { ...finalYear, label: `${t('finalYearStructural')} (${finalYear.year})` },
  ];
  return (
    <section aria-labelledby="grip-res-title" class="grip-section">
      <h2 id="grip-res-title">{t('result')}</h2>
      <p>{t('resultIntro')}</p>
      <DataTable
        caption={t('result')}
        filename={`resultaat-${programmeId}`}
        rows={rows}
        columns={[
          { header: t('year'), cell: (r) => r.label, csv: (r) => r.label },
          { header: t('baten'), numeric: true, cell: (r) => <Amount value={r.planned} />, csv: (r) => r.planned },
          { header: t('lasten'), numeric: true, cell: (r) => <Amount value={r.costs} />, csv: (r) => r.costs },
          { header: t('netto'), numeric: true, cell: (r) => <Amount value={r.net} />, csv: (r) => r.net },
          {
            header: t('realisedBaten'),
            numeric: true,
            cell: (r) => <Amount value={r.realised} />,
            csv: (r) => r.realised,
          },
          {
            header: t('realisedLasten'),
            numeric: true,
            cell: (r) => <Amount value={r.realisedCosts} />,
            csv: (r) => r.realisedCosts,
          },
          {
            header: t('realisedNetto'),
            numeric: true,
            cell: (r) => <Amount value={r.realisedNet} />,
            csv: (r) => r.realisedNet,
          },
        ]}
        footer={[
          `${t('cumulativePeriod')} ${cumulative.firstYear}–${cumulative.lastYear}`,
          <Amount value={cumulative.planned} />,
          <Amount value={cumulative.costs} />,
          <Amount value={cumulative.net} />,
          <Amount value={cumulative.realised} />,
          <Amount value={cumulative.realisedCosts} />,
          <Amount value={cumulative.realisedNet} />,
        ]}
      />
    </section>
  );
}
