import type { ProgrammeResult } from '../api/schemas.js';
import { Amount } from '../components/amount.js';
import { DataTable } from '../components/data-table.js';
import { useI18n } from '../i18n/i18n.js';

/** Baten, lasten and netto per year, planned and realised, with the programme total. */
export function ResultSection({ result, programmeId }: { result: ProgrammeResult; programmeId: string }) {
  const { t } = useI18n();
  const { total } = result;
  return (
    <section aria-labelledby="grip-res-title" class="grip-section">
      <h2 id="grip-res-title">{t('result')}</h2>
      <p>{t('resultIntro')}</p>
      <DataTable
        caption={t('result')}
        filename={`resultaat-${programmeId}`}
        rows={result.perYear}
        columns={[
          { header: t('year'), cell: (r) => r.year, csv: (r) => r.year },
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
          t('total'),
          <Amount value={total.planned} />,
          <Amount value={total.costs} />,
          <Amount value={total.net} />,
          <Amount value={total.realised} />,
          <Amount value={total.realisedCosts} />,
          <Amount value={total.realisedNet} />,
        ]}
      />
    </section>
  );
}
