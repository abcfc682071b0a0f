import { asOfFromText, type AsOf } from '@grip/projections';
import { usageError } from '../cli-error.js';

/** "As known at" for --as-of, --from and --to: see asOfFromText. */
export function parseAsOf(text: string, flag = '--as-of'): AsOf {
  const parsed = asOfFromText(text);
  if (!parsed.ok) throw usageError(`${flag}: ${parsed.message}`);
  return parsed.asOf;
}

export { describeAsOf } from '@grip/projections';
