import type { ReconciliationLine } from '../api/schemas.js';
import { Amount } from '../components/amount.js';
import { DataTable } from '../components/data-table.js';
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
