import type { ProgrammeDetail } from '../api/schemas.js';
import { DataTable } from '../components/data-table.js';
import { natureLabel } from '../format/labels.js';
import { PM } from '../format/money.js';
import { useI18n } from '../i18n/i18n.js';

/** Every P.M. plan line, so no acknowledged but unquantified saving disappears into a 0. */
export function PmItems({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useI18n();
  const rows = [
    ...programme.phasing
      .filter((l) => l.amount === PM)
      .map((l) => ({ code: '—', title: t('phasingLine'), year: l.year, nature: l.nature })),
    ...programme.measures.flatMap((m) =>
      m.plan
        .filter((l) => l.amount === PM)
        .map((l) => ({ code: m.code, title: m.title, year: l.year, nature: l.nature })),
    ),
  ];
  return (
    <section aria-labelledby="grip-pm-title" class="grip-section">
      <h2 id="grip-pm-title">
        {t('pmTitle')} ({rows.length})
      </h2>
      <p>{t('pmIntro')}</p>
      {rows.length === 0 ? (
        <p>{t('noPm')}</p>
      ) : (
        <DataTable
          caption={t('pmTitle')}
          filename={`pm-posten-${programme.id}`}
          rows={rows}
          columns={[
            { header: t('code'), cell: (r) => r.code, csv: (r) => r.code },
            { header: t('title'), cell: (r) => r.title, csv: (r) => r.title },
            { header: t('year'), numeric: true, cell: (r) => r.year, csv: (r) => r.year },
            { header: t('nature'), cell: (r) => natureLabel(t, r.nature), csv: (r) => natureLabel(t, r.nature) },
            { header: t('planned'), cell: () => t('pmValue'), csv: () => t('pmValue') },
          ]}
        />
      )}
    </section>
  );
}
