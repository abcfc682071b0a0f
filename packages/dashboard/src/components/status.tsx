import type { ComponentChildren } from 'preact';
import type { ApiError } from '../api/client.js';
import type { Loadable } from '../api/use-fetch.js';
import { useI18n } from '../i18n/i18n.js';
import { withMunicipality } from '../routing/route.js';

/** Loading and error states of a load, with the content once it is there. */
export function Loaded<T>({
  load,
  retry,
  children,
}: {
  load: Loadable<T>;
  retry: () => void;
  children: (value: T) => ComponentChildren;
}) {
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'error') return <ErrorBox error={load.error} retry={retry} />;
  return <>{children(load.value)}</>;
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="grip-loading" role="status">
      {t('loading')}
    </p>
  );
}

export function ErrorBox({ error, retry }: { error: ApiError; retry?: () => void }) {
  const { t } = useI18n();
  // Not a failure but a question: the id is used by several of the key's municipalities (docs/programme-ids.md).
  if (error.candidates.length > 0) return <MunicipalityChoice candidates={error.candidates} />;
  const message = error.status === 403 ? t('notAllowed') : error.message;
  return (
    <div class="grip-alert" role="alert">
      <p>
        <strong>{t('errorTitle')}</strong> ({error.code}): {message}
      </p>
      {retry ? (
        <button type="button" onClick={retry}>
          {t('retry')}
        </button>
      ) : null}
    </div>
  );
}

/** The same page for each municipality that has a programme with this id. */
function MunicipalityChoice({ candidates }: { candidates: readonly string[] }) {
  const { t } = useI18n();
  return (
    <nav class="grip-alert" aria-label={t('municipality')}>
      <p>
        <strong>{t('ambiguousProgramme')}</strong>
      </p>
      <ul>
        {candidates.map((code) => (
          <li key={code}>
            <a href={withMunicipality(window.location.hash, code)}>{code}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
