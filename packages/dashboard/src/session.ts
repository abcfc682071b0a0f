/** The API key lives in sessionStorage only: gone when the tab closes, never in localStorage or a cookie. */
const KEY = 'grip.apiKey';

export const readKey = (): string | null => sessionStorage.getItem(KEY);
export const storeKey = (key: string): void => sessionStorage.setItem(KEY, key);
export const forgetKey = (): void => sessionStorage.removeItem(KEY);
