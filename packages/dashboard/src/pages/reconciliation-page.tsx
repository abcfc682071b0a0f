import { reconciliationSchema, type ReconciliationLine } from '../api/schemas.js';
import { useLoad } from '../api/use-fetch.js';
import { useApp } from '../app-context.js';
import { Amount } from '../components/amount.js';
import { DataTable } from '../components/data-table.js';
import { Link } from '../components/link.js';
import { Loaded } from '../components/status.js';
import { figureLabel, statusLabel } from '../format/labels.js';
import { useI18n } from '../i18n/i18n.js';

/** Printed totals against the ledger's sums; a line that does not add up is marked in colour and in words. */
export function ReconciliationTable({ lines, filename }: { lines: readonly ReconciliationLine[]; filename: string }) {
  const { t } = useI18n();
  if (lines.length === 0) return <p>{t('noTotals')}</p>;
  return (
    <DataTable
      caption={t('reconciliation')}
      filename={filename}
      rows={lines}
      rowHeader={0}
      rowClass={(l) => (l.status === 'matches' ? undefined : 'grip-row-differs')}
      columns={[
        { header: t('label'), cell: (l) => l.label, csv: (l) => l.label },
        { header: t('figure'), cell: (l) => figureLabel(t, l.figure), csv: (l) => l.figure },
        { header: t('year'), numeric: true, cell: (l) => l.year ?? '–', csv: (l) => l.year },
        { header: t('stated'), numeric: true, cell: (l) => <Amount value={l.stated} />, csv: (l) => l.stated },
        { header: t('computed'), numeric: true, cell: (l) => <Amount value={l.computed} />, csv: (l) => l.computed },
        {
          header: t('difference'),
          numeric: true,
          cell: (l) => <Amount value={l.difference} />,
          csv: (l) => l.difference,
        },
        {
          header: t('status'),
          cell: (l) => (
            <span class={l.status === 'matches' ? 'grip-ok' : 'grip-differs'}>{statusLabel(t, l.status)}</span>
          ),
          csv: (l) => statusLabel(t, l.status),
        },
      ]}
    />
  );
}

export function ReconciliationPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { api, asOf } = useApp();
  const [load, retry] = useLoad(
    () => api.get(`/programmes/${encodeURIComponent(id)}/reconciliation`, reconciliationSchema, { asOf }),
    [api, id, asOf],
  );
  return (
    <>
      <p class="grip-no-print">
        <Link to={{ page: 'programme', id }}>{t('backToProgramme')}</Link>
      </p>
      <h1>{t('reconciliation')}</h1>
      <p>
        {t('reconciliationIntro')} {asOf ? `${t('knownAt')}: ${asOf}.` : ''}
      </p>
      <Loaded load={load} retry={retry}>
        {({ lines }) => <ReconciliationTable lines={lines} filename={`aansluiting-${id}`} />}
      </Loaded>
    </>
  );
}
