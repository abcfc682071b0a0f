import { formatEuro, isPlainAmount, NOT_ATTRIBUTABLE, PM } from '../format/money.js';
import { useI18n } from '../i18n/i18n.js';

/** An amount as users read it: `€ 1.900.000`; P.M. and "not attributable" as words, never as 0. */
export function Amount({ value, pmCount = 0 }: { value: string | null; pmCount?: number }) {
  const { t } = useI18n();
  if (value === null) return <span class="grip-muted">–</span>;
  if (value === PM) return <span class="grip-pm">{t('pmValue')}</span>;
  if (value === NOT_ATTRIBUTABLE || value === '-') return <span class="grip-na">{t('notAttributable')}</span>;
  const negative = isPlainAmount(value) && value.startsWith('-');
  return (
    <span class={negative ? 'grip-amount grip-negative' : 'grip-amount'}>
      {formatEuro(value)}
      {pmCount > 0 ? (
        <span class="grip-pm-note">
          {' '}
          + {pmCount} × {t('pmValue')}
        </span>
      ) : null}
    </span>
  );
}

/** The same as text, for CSV cells and chart titles. */
export function amountText(value: string | null, pmLabel: string, naLabel: string): string {
  if (value === null) return '';
  if (value === PM) return pmLabel;
  if (value === NOT_ATTRIBUTABLE || value === '-') return naLabel;
  return value;
}
