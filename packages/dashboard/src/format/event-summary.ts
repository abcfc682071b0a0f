import type { AuditEntry } from '../api/schemas.js';
import type { Translate } from '../i18n/i18n.js';
import { lifecycleLabel, natureLabel, ragLabel } from './labels.js';
import { formatEuro, isPlainAmount, PM } from './money.js';

const amount = (t: Translate, a: unknown) =>
  typeof a !== 'string' ? '' : a === PM ? t('pmValue') : isPlainAmount(a) ? formatEuro(a) : t('notAttributable');

type Line = { year?: unknown; amount?: unknown; nature?: unknown };
const isLines = (v: unknown): v is Line[] => Array.isArray(v);

/** One line saying what an event did, in the reader's language, from the documented audit fields. */
export function eventSummary(t: Translate, e: AuditEntry): string {
  const d = e.data;
  if (isLines(d['lines']))
    return `${t('plan')}: ${d['lines'].map((l) => `${String(l.year)} ${amount(t, l.amount)} ${natureLabel(t, String(l.nature))}`).join('; ') || '–'}`;
  if ('lifecycle' in d || 'rag' in d) {
    const parts = [];
    if (typeof d['rag'] === 'string') parts.push(`${t('rag')} ${ragLabel(t, d['rag'])}`);
    if (typeof d['lifecycle'] === 'string') parts.push(`${t('lifecycle')} ${lifecycleLabel(t, d['lifecycle'])}`);
    return `${t('status')}: ${parts.join(', ')}`;
  }
  if ('amount' in d) return `${amount(t, d['amount'])}${typeof d['year'] === 'number' ? ` (${d['year']})` : ''}`;
  if (typeof d['title'] === 'string') return d['title'];
  return e.type;
}
