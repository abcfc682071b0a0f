import type { MessageKey } from '../i18n/messages-nl.js';
import type { Translate } from '../i18n/i18n.js';

const known = (t: Translate, key: string, fallback: string) => {
  try {
    const text = t(key as MessageKey);
    return text ?? fallback;
  } catch {
    return fallback;
  }
};

export const ragLabel = (t: Translate, rag: string | null) => known(t, `rag_${rag ?? 'none'}`, rag ?? '');
export const lifecycleLabel = (t: Translate, lc: string | null) => known(t, `lc_${lc ?? 'none'}`, lc ?? '');
export const natureLabel = (t: Translate, nature: string) =>
  nature === 'incidental' ? t('incidental') : t('structural');
export const figureLabel = (t: Translate, figure: string) => known(t, `fig_${figure}`, figure);
export const statusLabel = (t: Translate, status: string) => known(t, `st_${status}`, status);
export const basisLabel = (t: Translate, basis: string) => known(t, `basis_${basis}`, basis);
