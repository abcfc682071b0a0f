import { useLoad } from '../api/use-fetch.js';
import { useApp } from '../app-context.js';
import { Link } from '../components/link.js';
import { Loaded } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { MeasuresBoard } from '../sections/measures-board.js';
import { PmItems } from '../sections/pm-items.js';
import { ResultSection } from '../sections/result-section.js';
import { YearSlicesSection } from '../sections/year-slices-section.js';
import { loadProgramme } from './load-programme.js';

/** The council's report of a programme: the same figures, laid out for A4 through the browser's print. */
export function PrintPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { api, asOf } = useApp();
  const [load, retry] = useLoad(() => loadProgramme(api, id, asOf), [api, id, asOf]);
  return (
    <Loaded load={load} retry={retry}>
      {({ programme, slices, result }) => (
        <article class="grip-print">
          <p class="grip-no-print">
            <Link to={{ page: 'programme', id }}>{t('backToProgramme')}</Link>{' '}
            <button type="button" onClick={() => window.print()}>
              {t('print')}
            </button>
          </p>
          <p class="grip-pre-heading">
            {t('printIntro')} · {programme.municipality}
          </p>
          <h1>{programme.title}</h1>
          <p>
            {t('printedOn')}: {asOf ?? t('asOfNow')}
          </p>
          <YearSlicesSection years={slices} programmeId={id} />
          <ResultSection result={result} programmeId={id} />
          <MeasuresBoard
            measures={programme.measures}
            programmeId={id}
            notice={asOf ? t('boardNowNotice') : undefined}
          />
          <PmItems programme={programme} />
        </article>
      )}
    </Loaded>
  );
}
