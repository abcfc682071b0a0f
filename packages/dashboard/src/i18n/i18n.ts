import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { en } from './messages-en.js';
import { nl, type MessageKey } from './messages-nl.js';

export type Lang = 'nl' | 'en';
export type Translate = (key: MessageKey) => string;

const tables: Record<Lang, Record<MessageKey, string>> = { nl, en };

export const translator =
  (lang: Lang): Translate =>
  (key) =>
    tables[lang][key];

/** The language is a preference, not a secret: it is kept in localStorage (the key is not). */
const LANG_KEY = 'grip.lang';
export function storedLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}
export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

export const LangContext = createContext<{ lang: Lang; t: Translate }>({ lang: 'nl', t: translator('nl') });
export const useI18n = () => useContext(LangContext);
