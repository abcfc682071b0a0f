import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { apiClient, type ApiClient } from './api/client.js';

export type AppState = { readonly api: ApiClient; readonly asOf: string | undefined };

export const AppContext = createContext<AppState>({ api: apiClient(''), asOf: undefined });
export const useApp = () => useContext(AppContext);
