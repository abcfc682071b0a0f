import { Link } from '../components/link.js';
import { TimeTravel } from '../components/time-travel.js';
import { useI18n } from '../i18n/i18n.js';
import { ProgrammeReport } from '../sections/programme-report.js';
import { WithProgramme } from './with-programme.js';

/** One programme: year slices, domains, net result, measures board and P.M. items, as known at the chosen moment. */
export function ProgrammePage({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <WithProgramme id={id}>
      {(data) => {
        const { programme } = data;
        return (
          <>
            <p class="grip-pre-heading">
              {t('programme')} · {programme.municipality} · {programme.period.firstYear}–{programme.period.lastYear}
            </p>
            <h1>{programme.title}</h1>
            <nav aria-label={t('nav')} class="grip-subnav grip-no-print">
              <ul>
                <li>
                  <Link to={{ page: 'compare', id, from: undefined, to: undefined }}>{t('compareLink')}</Link>
                </li>
                <li>
                  <Link to={{ page: 'reconciliation', id }}>{t('reconciliationLink')}</Link>
                </li>
                <li>
                  <Link to={{ page: 'municipality', code: programme.municipality, from: undefined, to: undefined }}>
                    {t('fiscalLink')}
                  </Link>
                </li>
                <li>
                  <Link to={{ page: 'print', id }}>{t('printLink')}</Link>
                </li>
              </ul>
            </nav>
            <TimeTravel municipality={programme.municipality} route={{ page: 'programme', id }} />
            <ProgrammeReport data={data} />
          </>
        );
      }}
    </WithProgramme>
  );
}
