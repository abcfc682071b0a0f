import { useMemo, useState } from 'preact/hooks';
import { apiClient } from './api/client.js';
import { useLoad } from './api/use-fetch.js';
import { AppContext, probeExport } from './app-context.js';
import { Link } from './components/link.js';
import { LangContext, storedLang, storeLang, translator, useI18n, type Lang } from './i18n/i18n.js';
import { ComparePage } from './pages/compare-page.js';
import { MeasurePage } from './pages/measure-page.js';
import { MunicipalityPage } from './pages/municipality-page.js';
import { PrintPage } from './pages/print-page.js';
import { ProgrammePage } from './pages/programme-page.js';
import { ProgrammesPage } from './pages/programmes-page.js';
import { ReconciliationPage } from './pages/reconciliation-page.js';
import { SignIn } from './pages/sign-in.js';
import type { Route } from './routing/route.js';
import { useLocation } from './routing/use-location.js';
import { forgetKey, readKey, storeKey } from './session.js';

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'programmes':
      return <ProgrammesPage />;
    case 'programme':
      return <ProgrammePage id={route.id} />;
    case 'measure':
      return <MeasurePage id={route.id} measureId={route.measureId} />;
    case 'compare':
      return <ComparePage id={route.id} from={route.from} to={route.to} />;
    case 'reconciliation':
      return <ReconciliationPage id={route.id} />;
    case 'print':
      return <PrintPage id={route.id} />;
    case 'municipality':
      return <MunicipalityPage code={route.code} from={route.from} to={route.to} />;
    case 'not-found':
      return <NotFound />;
  }
}

function NotFound() {
  const { t } = useI18n();
  return <p>{t('notFound')}</p>;
}

/** The shell: skip link, header with language and sign-out, then the page for the URL. */
export function App() {
  const [lang, setLang] = useState<Lang>(storedLang);
  const [key, setKey] = useState<string | null>(readKey);
  const { route, asOf, municipality } = useLocation();
  const t = useMemo(() => translator(lang), [lang]);
  const api = useMemo(() => apiClient(key ?? '', municipality), [key, municipality]);
  const [exportProbe] = useLoad(() => (key ? probeExport(api) : Promise.resolve(false)), [api]);
  const canExport = exportProbe.state === 'ready' && exportProbe.value;
  document.documentElement.lang = lang;
  const switchLang = (next: Lang) => {
    storeLang(next);
    setLang(next);
  };
  return (
    <LangContext.Provider value={{ lang, t }}>
      <AppContext.Provider value={{ api, asOf, municipality, canExport }}>
        <a
          class="grip-skip-link"
          href="#grip-main"
          onClick={(e) => {
            e.preventDefault();
            document.getElementById('grip-main')?.focus();
          }}
        >
          {t('skipToContent')}
        </a>
        <header class="grip-header grip-no-print">
          <p class="grip-brand">
            <Link to={{ page: 'programmes' }} asOf={null}>
              {t('appName')}
            </Link>{' '}
            <span class="grip-tagline">{t('appTagline')}</span>
          </p>
          <div class="grip-header-actions">
            <div role="group" aria-label={t('language')} class="grip-lang">
              <button type="button" aria-pressed={lang === 'nl'} lang="nl" onClick={() => switchLang('nl')}>
                Nederlands
              </button>
              <button type="button" aria-pressed={lang === 'en'} lang="en" onClick={() => switchLang('en')}>
                English
              </button>
            </div>
            {key ? (
              <button
                type="button"

                onClick={() => {
                  forgetKey();
                  setKey(null);
                  window.location.hash = '#/';
                }}
              >
                {t('signOut')}
              </button>
            ) : null}
          </div>
        </header>
        <main id="grip-main" tabIndex={-1} class="grip-main">
          {key ? (
            <Page route={route} />
          ) : (
            <SignIn
              onSignedIn={(k) => {
                storeKey(k);
                setKey(k);
              }}
            />
          )}
        </main>
      </AppContext.Provider>
    </LangContext.Provider>
  );
}
