import type { Measure } from '../api/schemas.js';
import { Amount } from '../components/amount.js';
import { DataTable } from '../components/data-table.js';
import { Link } from '../components/link.js';
import { lifecycleLabel, natureLabel, ragLabel } from '../format/labels.js';
import { formatEuro, isPlainAmount, PM } from '../format/money.js';
import { useI18n, type Translate } from '../i18n/i18n.js';

const planText = (t: Translate, m: Measure) =>
  m.plan
    .map(
      (l) =>
        `${l.year}: ${l.amount === PM ? t('pmValue') : isPlainAmount(l.amount) ? formatEuro(l.amount) : l.amount} ${natureLabel(t, l.nature)}`,
    )
    .join('; ');
const realisedText = (t: Translate, m: Measure) =>
  Object.entries(m.realised)
    .map(([year, a]) => `${year}: ${isPlainAmount(a) ? formatEuro(a) : t('notAttributable')}`)
    .join('; ');

/** The board of measures: RAG as colour and word (never colour alone), lifecycle, plan and realisation. */
export function MeasuresBoard({ measures, programmeId }: { measures: readonly Measure[]; programmeId: string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="grip-board-title" class="grip-section">
      <h2 id="grip-board-title">{t('board')}</h2>
      <p>{t('boardIntro')}</p>
      <DataTable
        caption={t('board')}
        filename={`maatregelen-${programmeId}`}
        rows={measures}
        columns={[
          {
            header: t('code'),
            cell: (m) => (
              <Link to={{ page: 'measure', id: programmeId, measureId: m.measureId }}>
                {m.code}
                <span class="grip-visually-hidden"> – {t('history')}</span>
              </Link>
            ),
            csv: (m) => m.code,
          },
          { header: t('title'), cell: (m) => m.title, csv: (m) => m.title },
          { header: t('domain'), cell: (m) => m.domain, csv: (m) => m.domain },
          { header: t('category'), cell: (m) => m.category, csv: (m) => m.category },
          {
            header: t('rag'),
            cell: (m) => <span class={`grip-rag grip-rag-${m.rag ?? 'none'}`}>{ragLabel(t, m.rag)}</span>,
            csv: (m) => ragLabel(t, m.rag),
          },
          {
            header: t('lifecycle'),
            cell: (m) => lifecycleLabel(t, m.lifecycle),
            csv: (m) => lifecycleLabel(t, m.lifecycle),
          },
          {
            header: t('plan'),
            cell: (m) => (
              <ul class="grip-plain-list">
                {m.plan.map((l) => (
                  <li>
                    {l.year}: <Amount value={l.amount} /> <span class="grip-muted">{natureLabel(t, l.nature)}</span>
                  </li>
                ))}
              </ul>
            ),
            csv: (m) => planText(t, m),
          },
          {
            header: t('realised'),
            cell: (m) => (
              <ul class="grip-plain-list">
                {Object.entries(m.realised).map(([year, a]) => (
                  <li>
                    {year}: <Amount value={a} />
                  </li>
                ))}
              </ul>
            ),
            csv: (m) => realisedText(t, m),
          },
        ]}
        rowHeader={1}
      />
    </section>
  );
}
