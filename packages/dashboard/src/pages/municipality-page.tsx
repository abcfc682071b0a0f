import * as Plot from '@observablehq/plot';
import { useState } from 'preact/hooks';
import { fiscalBalanceSchema, reconciliationSchema } from '../api/schemas.js';
import { useLoad } from '../api/use-fetch.js';
import { useApp } from '../app-context.js';
import { Amount } from '../components/amount.js';
import { Chart } from '../components/chart.js';
import { DataTable } from '../components/data-table.js';
import { Loaded } from '../components/status.js';
import { TimeTravel } from '../components/time-travel.js';
import { basisLabel } from '../format/labels.js';
import { chartNumber, formatEuro } from '../format/money.js';
import { useI18n } from '../i18n/i18n.js';
import { hrefOf } from '../routing/route.js';
import { ReconciliationTable } from './reconciliation-page.js';

/** The years of Bijlage 7 of the Hoogeveen plan; any range can be asked for. */
export const DEFAULT_FROM = 2017;
export const DEFAULT_TO = 2024;

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
        <div class="grip-field">
          <label for="grip-fb-from">{t('fromYearLabel')}</label>
          <input
            id="grip-fb-from"
            inputMode="numeric"
            pattern="\d{4}"
            size={6}
            value={fromText}
            onInput={(e) => setFrom(e.currentTarget.value)}
          />
        </div>
        <div class="grip-field">
          <label for="grip-fb-to">{t('toYearLabel')}</label>
          <input
            id="grip-fb-to"
            inputMode="numeric"
            pattern="\d{4}"
            size={6}
            value={toText}
            onInput={(e) => setTo(e.currentTarget.value)}
          />
        </div>
        <button type="submit">{t('show')}</button>
      </form>
      <Loaded load={load} retry={retry}>
        {([balance, reconciliation]) => {
          const years = balance.years;
          const bars = years.flatMap((y) => [
            { year: String(y.year), series: t('income'), value: chartNumber(y.income) ?? 0, complete: y.complete },
            {
              year: String(y.year),
              series: t('expenditure'),
              value: chartNumber(y.expenditure) ?? 0,
              complete: y.complete,
            },
          ]);
          const saldo = years.map((y) => ({ year: String(y.year), value: chartNumber(y.saldo) ?? 0 }));
          const label = `${t('fiscalTitle')}: ${years
            .map(
              (y) =>
                `${y.year} ${t('saldo').toLowerCase()} ${formatEuro(y.saldo)}${y.complete ? '' : ` (${t('incomplete')})`}`,
            )
            .join('; ')}. ${t('chartAltTable')}`;
          const render = () =>
            Plot.plot({
              className: 'grip-plot',
              width: 720,
              height: 320,
              marginLeft: 110,
              y: { grid: true, label: '€', ticks: 8, tickFormat: (d: number) => formatEuro(String(d)) },
              x: { axis: null, domain: [t('income'), t('expenditure')] },
              fx: {
                label: null,
                padding: 0.15,
                tickFormat: (y: string) => (years.find((v) => String(v.year) === y)?.complete === false ? `${y}*` : y),
              },
              color: { domain: [t('income'), t('expenditure')], range: ['#00689e', '#8a4b08'] },
              marks: [
                Plot.barY(bars, {
                  fx: 'year',
                  x: 'series',
                  y: 'value',
                  fill: 'series',
                  fillOpacity: (d: { complete: boolean }) => (d.complete ? 1 : 0.35),
                }),
                Plot.ruleY([0]),
                Plot.tickY(saldo, { fx: 'year', y: 'value', stroke: '#b3261e', strokeWidth: 3 }),
              ],
            });
          return (
            <>
              <section aria-labelledby="grip-fb-title" class="grip-section">
                <h2 id="grip-fb-title">
                  {t('saldo')} {balance.years[0]?.year}–{balance.years[balance.years.length - 1]?.year}
                </h2>
                <ul class="grip-legend" aria-hidden="true">
                  <li>
                    <span class="grip-swatch grip-swatch-planned" /> {t('income')}
                  </li>
                  <li>
                    <span class="grip-swatch grip-swatch-expenditure" /> {t('expenditure')}
                  </li>
                  <li>
                    <span class="grip-swatch grip-swatch-target" /> {t('saldo')}
                  </li>
                  <li>* {t('incomplete')}</li>
                </ul>
                <Chart render={render} label={label} />
                <DataTable
                  caption={t('fiscalTitle')}
                  filename={`saldo-${code}-${from}-${to}`}
                  rows={years}
                  rowClass={(y) => (y.complete ? undefined : 'grip-row-incomplete')}
                  columns={[
                    {
                      header: t('year'),
                      cell: (y) => (y.complete ? y.year : `${y.year} (${t('incomplete')})`),
                      csv: (y) => y.year,
                    },
                    {
                      header: t('income'),
                      numeric: true,
                      cell: (y) => <Amount value={y.income} />,
                      csv: (y) => y.income,
                    },
                    {
                      header: t('expenditure'),
                      numeric: true,
                      cell: (y) => <Amount value={y.expenditure} />,
                      csv: (y) => y.expenditure,
                    },
                    { header: t('saldo'), numeric: true, cell: (y) => <Amount value={y.saldo} />, csv: (y) => y.saldo },
                    { header: t('basis'), cell: (y) => basisLabel(t, y.basis), csv: (y) => basisLabel(t, y.basis) },
                    {
                      header: t('complete'),
                      cell: (y) => (y.complete ? t('yes') : t('no')),
                      csv: (y) => (y.complete ? t('yes') : t('no')),
                    },
                    {
                      header: t('missing'),
                      cell: (y) => y.missing.join(', ') || '–',
                      csv: (y) => y.missing.join(', '),
                    },
                  ]}
                />
              </section>
              <section aria-labelledby="grip-mrec-title" class="grip-section">
                <h2 id="grip-mrec-title">{t('reconciliation')}</h2>
                <p>{t('reconciliationIntro')}</p>
                <ReconciliationTable lines={reconciliation.lines} filename={`aansluiting-${code}`} />
              </section>
            </>
          );
        }}
      </Loaded>
    </>
  );
}
