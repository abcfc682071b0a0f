import { useLoad } from '../api/use-fetch.js';
import { useApp } from '../app-context.js';
import { Link } from '../components/link.js';
import { Loaded } from '../components/status.js';
import { TimeTravel } from '../components/time-travel.js';
import { useI18n } from '../i18n/i18n.js';
import { DomainSection } from '../sections/domain-section.js';
import { MeasuresBoard } from '../sections/measures-board.js';
import { PmItems } from '../sections/pm-items.js';
import { ResultSection } from '../sections/result-section.js';
import { StructureSection } from '../sections/structure-section.js';
import { YearSlicesSection } from '../sections/year-slices-section.js';
import { loadProgramme } from './load-programme.js';

/** One programme: year slices, domains, net result, measures board and P.M. items, as known at the chosen moment. */
export function ProgrammePage({ id }: { id: string }) {
  const { t } = useI18n();
  const { api, asOf } = useApp();
  const [load, retry] = useLoad(() => loadProgramme(api, id, asOf), [api, id, asOf]);
  return (
    <Loaded load={load} retry={retry}>
      {({ programme, slices, domains, result }) => (
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
          <YearSlicesSection years={slices} programmeId={id} />
          <StructureSection programme={programme} />
          <DomainSection years={domains} programmeId={id} />
          <ResultSection result={result} programmeId={id} />
          <MeasuresBoard
            measures={programme.measures}
            programmeId={id}
            notice={asOf ? t('boardNowNotice') : undefined}
          />
          <PmItems programme={programme} />
        </>
      )}
    </Loaded>
  );
}
