import { useState } from 'preact/hooks';
import { fiscalBalanceSchema, reconciliationSchema } from '../api/schemas.js';
import { useLoad } from '../api/use-fetch.js';
import { useApp } from '../app-context.js';
import { Loaded } from '../components/status.js';
import { TextField } from '../components/text-field.js';
import { TimeTravel } from '../components/time-travel.js';
import { FiscalBalanceSection } from '../sections/fiscal-balance-section.js';
import { useI18n } from '../i18n/i18n.js';
import { hrefOf } from '../routing/route.js';
import { ReconciliationTable } from '../sections/reconciliation-table.js';

/** The years of Bijlage 7 of the Hoogeveen plan; any range can be asked for. */
export const DEFAULT_FROM = 2017;
export const DEFAULT_TO = 2024;

/** A four-digit year, with the numeric keyboard on phones. */
const yearInput = { inputMode: 'numeric', pattern: '\\d{4}', size: 6 } as const;

/** Income against expenditure per year with the saldo, chart and table; years with missing rows are marked. */
export function MunicipalityPage({
  code,
  from = DEFAULT_FROM,
  to = DEFAULT_TO,
}: {
  code: string;
  from?: number;
  to?: number;
}) {
  const { t } = useI18n();
  const { api, asOf } = useApp();
  const base = `/municipalities/${encodeURIComponent(code)}`;
  const [load, retry] = useLoad(
    () =>
      Promise.all([
        api.get(`${base}/fiscal-balance`, fiscalBalanceSchema, { from, to, asOf }),
        api.get(`${base}/reconciliation`, reconciliationSchema, { asOf }),
      ]),
    [api, code, from, to, asOf],
  );
  const [fromText, setFrom] = useState(String(from));
  const [toText, setTo] = useState(String(to));
  return (
    <>
      <p class="grip-pre-heading">
        {t('municipality')} {code}
      </p>
      <h1>{t('fiscalTitle')}</h1>
      <p>{t('fiscalIntro')}</p>
      <TimeTravel municipality={code} route={{ page: 'municipality', code, from, to }} />
      <form
        class="grip-compare-form grip-no-print"
        onSubmit={(e) => {
          e.preventDefault();
          window.location.hash = hrefOf(
            { page: 'municipality', code, from: Number(fromText), to: Number(toText) },
            asOf,
          );
        }}
      >
        <TextField id="grip-fb-from" label={t('fromYearLabel')} {...yearInput} value={fromText} onValue={setFrom} />
        <TextField id="grip-fb-to" label={t('toYearLabel')} {...yearInput} value={toText} onValue={setTo} />
        <button type="submit">{t('show')}</button>
      </form>
      <Loaded load={load} retry={retry}>
        {([balance, reconciliation]) => (
          <>
            <FiscalBalanceSection years={balance.years} filename={`saldo-${code}-${from}-${to}`} />
            <section aria-labelledby="grip-mrec-title" class="grip-section">
              <h2 id="grip-mrec-title">{t('reconciliation')}</h2>
              <p>{t('reconciliationIntro')}</p>
              <ReconciliationTable lines={reconciliation.lines} filename={`aansluiting-${code}`} />
            </section>
          </>
        )}
      </Loaded>
    </>
  );
}
