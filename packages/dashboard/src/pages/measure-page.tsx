import { auditSchema, programmeDetailSchema } from '../api/schemas.js';
import { useLoad } from '../api/use-fetch.js';
import { useApp } from '../app-context.js';
import { DataTable } from '../components/data-table.js';
import { Link } from '../components/link.js';
import { Loaded } from '../components/status.js';
import { TimeTravel } from '../components/time-travel.js';
import { eventSummary } from '../format/event-summary.js';
import { useI18n } from '../i18n/i18n.js';

const dateTime = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));

/** A measure's history: every event about it as a timeline, with actor, date, reason, decision and source. */
export function MeasurePage({ id, measureId }: { id: string; measureId: string }) {
  const { t, lang } = useI18n();
  const { api, asOf } = useApp();
  const base = `/programmes/${encodeURIComponent(id)}`;
  const [load, retry] = useLoad(
    () =>
      Promise.all([
        api.get(base, programmeDetailSchema, { asOf }),
        api.get(`${base}/measures/${encodeURIComponent(measureId)}/audit`, auditSchema, { asOf }),
      ]),
    [api, id, measureId, asOf],
  );
  return (
    <Loaded load={load} retry={retry}>
      {([programme, audit]) => {
        const measure = programme.measures.find((m) => m.measureId === measureId);
        return (
          <>
            <p class="grip-no-print">
              <Link to={{ page: 'programme', id }}>{t('backToProgramme')}</Link>
            </p>
            <p class="grip-pre-heading">
              {t('measureTitle')} · {programme.title}
            </p>
            <h1>{measure ? `${measure.code} ${measure.title}` : measureId}</h1>
            <TimeTravel municipality={programme.municipality} route={{ page: 'measure', id, measureId }} />
            <section aria-labelledby="grip-tl-title" class="grip-section">
              <h2 id="grip-tl-title">{t('timeline')}</h2>
              <p>{t('timelineIntro')}</p>
              {audit.entries.length === 0 ? (
                <p>{t('noEntries')}</p>
              ) : (
                <ol class="grip-timeline">
                  {audit.entries.map((e) => (
                    <li class={e.correctedBy.length > 0 ? 'grip-tl-item grip-tl-corrected' : 'grip-tl-item'}>
                      <h3>
                        {eventSummary(t, e)} <span class="grip-muted">({e.type})</span>
                      </h3>
                      <dl class="grip-facts">
                        <dt>{t('recordedAt')}</dt>
                        <dd>
                          <time dateTime={e.recordedAt}>{dateTime(e.recordedAt, lang)}</time>
                        </dd>
                        <dt>{t('actor')}</dt>
                        <dd>{e.actor}</dd>
                        {e.businessYear !== null || e.businessDate !== null ? (
                          <>
                            <dt>{t('businessTime')}</dt>
                            <dd>{e.businessDate ?? e.businessYear}</dd>
                          </>
                        ) : null}
                        <dt>{t('reason')}</dt>
                        <dd>{e.reason ?? '–'}</dd>
                        <dt>{t('decision')}</dt>
                        <dd>{e.decisionId ?? '–'}</dd>
                        <dt>{t('source')}</dt>
                        <dd>
                          {e.source ? `${e.source.document}${e.source.location ? `, ${e.source.location}` : ''}` : '–'}
                        </dd>
                        {e.corrects ? (
                          <>
                            <dt>{t('correction')}</dt>
                            <dd>{e.corrects}</dd>
                          </>
                        ) : null}
                        {e.correctedBy.length > 0 ? (
                          <>
                            <dt>{t('correctedBy')}</dt>
                            <dd>{e.correctedBy.join(', ')}</dd>
                          </>
                        ) : null}
                      </dl>
                    </li>
                  ))}
                </ol>
              )}
              <DataTable
                caption={`${t('timeline')} ${measure?.code ?? measureId}`}
                filename={`geschiedenis-${id}-${measureId}`}
                rows={audit.entries}
                columns={[
                  { header: t('recordedAt'), cell: (e) => dateTime(e.recordedAt, lang), csv: (e) => e.recordedAt },
                  { header: t('event'), cell: (e) => eventSummary(t, e), csv: (e) => e.type },
                  { header: t('actor'), cell: (e) => e.actor, csv: (e) => e.actor },
                  {
                    header: t('businessTime'),
                    cell: (e) => e.businessDate ?? e.businessYear ?? '–',
                    csv: (e) => e.businessDate ?? e.businessYear,
                  },
                  { header: t('reason'), cell: (e) => e.reason ?? '–', csv: (e) => e.reason },
                  { header: t('decision'), cell: (e) => e.decisionId ?? '–', csv: (e) => e.decisionId },
                  {
                    header: t('source'),
                    cell: (e) => e.source?.document ?? '–',
                    csv: (e) => (e.source ? `${e.source.document} ${e.source.location ?? ''}`.trim() : null),
                  },
                ]}
              />
            </section>
          </>
        );
      }}
    </Loaded>
  );
}
