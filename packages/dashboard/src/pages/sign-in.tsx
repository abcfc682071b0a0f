import { useState } from 'preact/hooks';
import { apiClient, ApiError } from '../api/client.js';
import { programmeListSchema } from '../api/schemas.js';
import { useI18n } from '../i18n/i18n.js';

/** Sign-in with an API key: the key is checked against the API before it is kept. */
export function SignIn({ onSignedIn }: { onSignedIn: (key: string) => void }) {
  const { t } = useI18n();
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const trimmed = key.trim();
    if (!trimmed) return setError(t('keyRequired'));
    setBusy(true);
    setError(null);
    try {
      await apiClient(trimmed).get('/programmes', programmeListSchema);
      onSignedIn(trimmed);
    } catch (err) {
      setError(
        err instanceof ApiError && err.status === 401
          ? t('keyRejected')
          : `${t('errorTitle')}: ${err instanceof Error ? err.message : ''}`,
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="grip-sign-in" aria-labelledby="grip-signin-title">
      <h1 id="grip-signin-title">{t('signInTitle')}</h1>
      <p>{t('signInIntro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div class="grip-field">
          <label for="grip-key">{t('apiKey')}</label>
          <p id="grip-key-hint" class="grip-hint">
            {t('apiKeyHint')}
          </p>
          <input
            id="grip-key"
            name="apiKey"
            type="password"
            autocomplete="off"
            spellcheck={false}
            aria-describedby={error ? 'grip-key-hint grip-key-error' : 'grip-key-hint'}
            aria-invalid={error ? 'true' : undefined}
            value={key}
            onInput={(e) => setKey(e.currentTarget.value)}
          />
          {error ? (
            <p id="grip-key-error" class="grip-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <button type="submit" disabled={busy}>
          {busy ? t('signingIn') : t('signIn')}
        </button>
      </form>
    </section>
  );
}
