import { useState } from 'preact/hooks';
import {
  auditSchema,
  diffSchema,
  momentsSchema,
  programmeDetailSchema,
  type AuditEntry,
  type Change,
} from '../api/schemas.js';
import type { ApiClient } from '../api/client.js';
import { useLoad } from '../api/use-fetch.js';
import { useApp } from '../app-context.js';
import { Amount } from '../components/amount.js';
import { DataTable } from '../components/data-table.js';
import { Link } from '../components/link.js';
import { TextField } from '../components/text-field.js';
import { Loaded } from '../components/status.js';
import { eventSummary } from '../format/event-summary.js';
import { figureLabel } from '../format/labels.js';
import { useI18n } from '../i18n/i18n.js';
import { hrefOf } from '../routing/route.js';

type Row = Change & { scope: string };

/** The audit trail lets the causes be named; a viewer key may not read it, then only the ids are shown. */
async function loadComparison(api: ApiClient, id: string, from: string, to: string | undefined) {
  const base = `/programmes/${encodeURIComponent(id)}`;
  const [diff, audit] = await Promise.all([
    api.get(`${base}/diff`, diffSchema, { from, to }),
    api.get(`${base}/audit`, auditSchema, { asOf: to }).catch(() => ({ entries: [] as AuditEntry[] })),
  ]);
  return { diff, events: new Map(audit.entries.map((e) => [e.eventId, e])) };
}

/** Two moments side by side: each changed figure, old and new, and the events that caused the change. */
export function ComparePage({ id, from, to }: { id: string; from: string | undefined; to: string | undefined }) {
  const { t } = useI18n();
  const { api, asOf } = useApp();
  const [programme] = useLoad(() => api.get(`/programmes/${encodeURIComponent(id)}`, programmeDetailSchema), [api, id]);
  const municipality = programme.state === 'ready' ? programme.value.municipality : undefined;
  const [moments] = useLoad(
    () =>
      municipality
        ? api.get(`/municipalities/${encodeURIComponent(municipality)}/pc-moments`, momentsSchema)
        : Promise.resolve({ moments: [] }),
    [api, municipality],
  );
  const [fromText, setFrom] = useState(from ?? '');
  const [toText, setTo] = useState(to ?? '');
  const [load, retry] = useLoad(
    () => (from ? loadComparison(api, id, from, to) : Promise.resolve(null)),
    [api, id, from, to],
  );
  const names = moments.state === 'ready' ? moments.value.moments.map((m) => m.name) : [];
  return (
    <>
      <p class="grip-no-print">
        <Link to={{ page: 'programme', id }}>{t('backToProgramme')}</Link>
      </p>
      <h1>{t('compareTitle')}</h1>
      <p>{t('compareIntro')}</p>
      <form
        class="grip-compare-form grip-no-print"
        onSubmit={(e) => {
          e.preventDefault();
          window.location.hash = hrefOf(
            { page: 'compare', id, from: fromText.trim() || undefined, to: toText.trim() || undefined },
            asOf,
          );
        }}
      >
        <datalist id="grip-moment-names">
          {names.map((n) => (
            <option value={n} />
          ))}
        </datalist>
        <TextField
          id="grip-cmp-from"
          label={t('from')}
          list="grip-moment-names"
          required
          placeholder="2024-01-31"
          value={fromText}
          onValue={setFrom}
        />
        <TextField
          id="grip-cmp-to"
          label={t('to')}
          list="grip-moment-names"
          placeholder={t('asOfNow')}
          value={toText}
          onValue={setTo}
        />
        <button type="submit">{t('compareRun')}</button>
      </form>
      {from ? (
        <Loaded load={load} retry={retry}>
          {(value) => {
            if (!value) return null;
            const rows: Row[] = [
              ...value.diff.programme.map((c) => ({ ...c, scope: t('wholeProgramme') })),
              ...value.diff.measures.flatMap((m) => m.changes.map((c) => ({ ...c, scope: m.code }))),
            ];
            const cause = (eventId: string) => {
              const e = value.events.get(eventId);
              return e
                ? `${eventSummary(t, e)} — ${e.actor}, ${e.recordedAt.slice(0, 10)}${e.reason ? `: ${e.reason}` : ''}`
                : eventId;
            };
            return rows.length === 0 ? (
              <p role="status">{t('noChanges')}</p>
            ) : (
              <DataTable
                caption={`${t('compareTitle')} ${from} → ${to ?? t('asOfNow')}`}
                filename={`verschillen-${id}`}
                rows={rows}
                columns={[
                  { header: t('scope'), cell: (r) => r.scope, csv: (r) => r.scope },
                  { header: t('figure'), cell: (r) => figureLabel(t, r.figure), csv: (r) => r.figure },
                  { header: t('year'), numeric: true, cell: (r) => r.year ?? '–', csv: (r) => r.year },
                  { header: t('old'), numeric: true, cell: (r) => <Change value={r.old} />, csv: (r) => r.old },
                  { header: t('new'), numeric: true, cell: (r) => <Change value={r.new} />, csv: (r) => r.new },
                  {
                    header: t('causes'),
                    cell: (r) => (
                      <ul class="grip-plain-list grip-causes">
                        {r.eventIds.map((eid) => (
                          <li>{cause(eid)}</li>
                        ))}
                      </ul>
                    ),
                    csv: (r) => r.eventIds.map(cause).join(' | '),
                  },
                ]}
              />
            );
          }}
        </Loaded>
      ) : null}
    </>
  );
}

/** A changed value: an amount, a marker, or a word such as a lifecycle. */
function Change({ value }: { value: string | null }) {
  if (value !== null && !/^-?\d/.test(value) && value !== 'PM' && value !== 'not-attributable')
    return <span>{value}</span>;
  return <Amount value={value} />;
}
