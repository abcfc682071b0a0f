import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { apiClient, type ApiClient } from './api/client.js';
import { programmeListSchema } from './api/schemas.js';

export type AppState = {
  readonly api: ApiClient;
  readonly asOf: string | undefined;
  /** On a programme page: whose programme (the hash's `gemeente`); the API client sends it along. */
  readonly municipality?: string | undefined;
  /** The API lets only controllers and up export CSV; the dashboard offers downloads on the same terms. */
  readonly canExport: boolean;
};

export const AppContext = createContext<AppState>({ api: apiClient(''), asOf: undefined, canExport: false });
export const useApp = () => useContext(AppContext);

/** Asks the API whether this key may export: a CSV of the first programme's smallest report. */
export async function probeExport(api: ApiClient): Promise<boolean> {
  const { programmes } = await api.get('/programmes', programmeListSchema);
  const first = programmes[0];
  if (!first) return false;
  return api.allows(`/programmes/${encodeURIComponent(first.id)}/reconciliation`, {
    format: 'csv',
    municipality: first.municipality,
  });
}
