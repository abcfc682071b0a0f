import type { AsOf } from '@grip/projections';
import { asOfFromText } from '../../app/as-of-text.js';
import { usageError } from '../cli-error.js';

/** "As known at" for --as-of, --from and --to: see asOfFromText. */
export function parseAsOf(text: string, flag = '--as-of'): AsOf {
  const parsed = asOfFromText(text);
  if (!parsed.ok) throw usageError(`${flag}: ${parsed.message}`);
  return parsed.asOf;
}

export const describeAsOf = (asOf: AsOf | undefined): string =>
  asOf === undefined ? 'latest' : 'at' in asOf ? asOf.at : 'moment' in asOf ? asOf.moment : String(asOf.position);
