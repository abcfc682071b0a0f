import { useApp } from '../app-context.js';
import { Link } from '../components/link.js';
import { useI18n } from '../i18n/i18n.js';
import { ProgrammeReport } from '../sections/programme-report.js';
import { WithProgramme } from './with-programme.js';

/** The council's report of a programme: the same figures, laid out for A4 through the browser's print. */
export function PrintPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { asOf } = useApp();
  return (
    <WithProgramme id={id}>
      {(data) => {
        const { programme } = data;
        return (
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
            <ProgrammeReport data={data} />
          </article>
        );
      }}
    </WithProgramme>
  );
}
