import { useState } from 'preact/hooks';
import { momentsSchema } from '../api/schemas.js';
import { useLoad } from '../api/use-fetch.js';
import { useApp } from '../app-context.js';
import { useI18n } from '../i18n/i18n.js';
import { hrefOf, type Route } from '../routing/route.js';
import { TextField } from './text-field.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "As known at": a date (the end of that day, Dutch time, as the API reads it) or a P&C moment of
 * the municipality. Applying it changes the URL, so every view and every link follows.
 */
export function TimeTravel({ municipality, route }: { municipality: string; route: Route }) {
  const { t } = useI18n();
  const { api, asOf, municipality: programmeMunicipality } = useApp();
  const [moments] = useLoad(
    () => api.get(`/municipalities/${encodeURIComponent(municipality)}/pc-moments`, momentsSchema),
    [municipality],
  );
  const list = moments.state === 'ready' ? moments.value.moments : [];
  const [date, setDate] = useState(asOf && DATE.test(asOf) ? asOf : '');
  const [moment, setMoment] = useState(asOf && !DATE.test(asOf) ? asOf : '');
  const go = (value: string | undefined) => {
    window.location.hash = hrefOf(route, value, programmeMunicipality);
  };
  return (
    <form
      class="grip-time-travel grip-no-print"
      aria-labelledby="grip-tt-title"
      onSubmit={(e) => {
        e.preventDefault();
        go(moment || date || undefined);
      }}
    >
      <h2 id="grip-tt-title" class="grip-tt-title">
        {t('timeTravel')}
      </h2>
      <TextField
        id="grip-tt-date"
        type="date"
        label={t('asOfDate')}
        value={date}
        onValue={(value) => {
          setDate(value);
          setMoment('');
        }}
      />
      <div class="grip-field">
        <label for="grip-tt-moment">{t('asOfMoment')}</label>
        <select
          id="grip-tt-moment"
          value={moment}
          onChange={(e) => {
            setMoment(e.currentTarget.value);
            setDate('');
          }}
        >
          <option value="">{list.length === 0 ? t('noMoments') : '—'}</option>
          {list.map((m) => (
            <option value={m.name}>
              {m.name}
              {m.label ? ` – ${m.label}` : ''}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t('apply')}</button>
      {asOf ? (
        <button type="button" onClick={() => go(undefined)}>
          {t('reset')}
        </button>
      ) : null}
      <p class="grip-tt-current" aria-live="polite">
        {asOf ? `${t('knownAt')}: ${asOf}` : t('knownNow')}
      </p>
    </form>
  );
}
