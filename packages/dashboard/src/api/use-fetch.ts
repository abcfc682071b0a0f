import { useEffect, useState } from 'preact/hooks';
import { ApiError } from './client.js';

export type Loadable<T> = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; value: T };

/** Runs a load whenever its inputs change; an older answer never overwrites a newer one. */
export function useLoad<T>(load: () => Promise<T>, inputs: readonly unknown[]): [Loadable<T>, () => void] {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    load().then(
      (value) => current && setResult({ state: 'ready', value }),
      (error: unknown) =>
        current &&
        setResult({
          state: 'error',
          error:
            error instanceof ApiError
              ? error
              : new ApiError(0, 'CLIENT', error instanceof Error ? error.message : String(error)),
        }),
    );
    return () => {
      current = false;
    };
  }, [...inputs, attempt]);
  return [result, () => setAttempt((n) => n + 1)];
}
