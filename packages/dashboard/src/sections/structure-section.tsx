import type { ProgrammeDetail } from '../api/schemas.js';
import { Amount } from '../components/amount.js';
import { DataTable } from '../components/data-table.js';
import { natureLabel } from '../format/labels.js';
import { useI18n } from '../i18n/i18n.js';

type Line = { kind: string; id: string; year: number; amount: string; nature: string };

/**
 * How the year slices are built: the programme's phasing and its targets, each structural (counting
 * every year from its first) or incidental (its own year only).
 */
export function StructureSection({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useI18n();
  const rows: Line[] = [
    ...programme.phasing.map((p, i) => ({
      kind: t('phasingLine'),
      id: `phasing-${i}`,
      year: p.year,
      amount: p.amount,
      nature: p.nature,
    })),
    ...programme.targets.map((g) => ({
      kind: `${t('targetLine')} (${g.targetId})`,
      id: g.targetId,
      year: g.timing.fromYear ?? g.timing.year ?? 0,
      amount: g.amount,
      nature: g.timing.kind === 'structural' ? 'structural' : 'incidental',
    })),
  ];
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="grip-str-title" class="grip-section">
      <h2 id="grip-str-title">{t('structure')}</h2>
      <p>{t('structureIntro')}</p>
      <DataTable
        caption={t('structure')}
        filename={`opbouw-${programme.id}`}
        rows={rows}
        columns={[
          { header: t('source'), cell: (r) => r.kind, csv: (r) => r.kind },
          {
            header: t('year'),
            numeric: true,
            cell: (r) => `${r.nature === 'structural' ? t('fromYear') : t('inYear')} ${r.year}`,
            csv: (r) => r.year,
          },
          { header: t('nature'), cell: (r) => natureLabel(t, r.nature), csv: (r) => natureLabel(t, r.nature) },
          { header: t('planned'), numeric: true, cell: (r) => <Amount value={r.amount} />, csv: (r) => r.amount },
        ]}
      />
    </section>
  );
}
