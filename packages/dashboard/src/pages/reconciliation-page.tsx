import { reconciliationSchema } from '../api/schemas.js';
import { useLoad } from '../api/use-fetch.js';
import { useApp } from '../app-context.js';
import { Link } from '../components/link.js';
import { Loaded } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { ReconciliationTable } from '../sections/reconciliation-table.js';

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
