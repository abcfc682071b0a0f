import type { CommandInput } from '../../commands/catalogue.js';
import { createMemoryEventStore } from '../../store/memory/index.js';
import { fixedClock } from '../clock.js';
import { sequentialIds } from '../ids.js';
import { createLedger } from '../ledger.js';

/**
 * The ledger README's "Typed commands" example; the lines between the README markers are its code
 * block word for word (typed-execute.unit.spec.ts checks it), so typecheck proves the README's claim
 * that a number amount does not compile.
 */
export async function typedExecuteExample(): Promise<string[]> {
  const printed: string[] = [];
  const log = (line: string) => printed.push(line);
  // README:begin
  const ledger = createLedger({
    store: createMemoryEventStore(),
    clock: fixedClock('2024-03-01T09:00:00Z'),
    ids: sequentialIds(),
  });
  const context = { actor: 'user:controller', tenant: 'GM0118' };

  const income: CommandInput = {
    type: 'RecordIncome',
    data: { year: 2024, source: 'buig', amount: '€ 50.000', basis: 'estimated' },
  };
  const typed = await ledger.execute(income, context);
  log(typed.ok ? 'accepted' : typed.error.code);

  const wrong = await ledger.execute(
    // @ts-expect-error money is a decimal string ('50000' or '€ 50.000'), never a JS number
    { type: 'RecordIncome', data: { year: 2024, source: 'buig', amount: 50000, basis: 'estimated' } },
    context,
  );
  log(wrong.ok ? 'accepted' : wrong.error.code); // still parsed at run time, for plain JavaScript callers

  // JSON nobody has checked yet (an HTTP body, a file): executeUnknown takes `unknown` and parses it.
  const untyped: unknown = JSON.parse('{"type":"RecordIncome","data":{"year":2024,"amount":50000}}');
  const refused = await ledger.executeUnknown(untyped, context);
  log(refused.ok ? 'accepted' : refused.error.code);
  // README:end
  return printed;
}
