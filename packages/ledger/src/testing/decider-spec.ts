import { canonicalJson } from '../chain/canonical-json.js';
import { commandSchema, type Command, type CommandInput } from '../commands/catalogue.js';
import { decide, type StreamState } from '../commands/decide.js';
import type { DomainErrorCode } from '../errors/domain-error.js';
import type { DomainEvent } from '../events/catalogue.js';
import { foldMunicipality } from '../municipality/evolve.js';
import { foldProgramme, type EvolvableEvent } from '../programme/evolve.js';
import type { Decision } from '../commands/define-command.js';

/** A given event; `eventId` is needed only when a later correction names it. */
export type GivenEvent = DomainEvent & { readonly eventId?: string };

export class DeciderSpecFailure extends Error {
  override name = 'DeciderSpecFailure';
}

const withIds = (events: readonly GivenEvent[]): EvolvableEvent[] =>
  events.map(({ eventId, ...event }, i) => ({ ...event, metadata: { eventId: eventId ?? `given-${i + 1}` } }));

const show = (value: unknown): string => JSON.stringify(value, null, 2);

/**
 * given(events).when(command).then(events) for the ledger's rules, usable from any test framework:
 * it throws DeciderSpecFailure with both sides printed when the decision differs.
 */
export function deciderSpec(kind: StreamState['kind'], { tenant = 'GM0118' }: { tenant?: string } = {}) {
  return {
    given(events: readonly GivenEvent[]) {
      const folded = withIds(events);
      const stream: StreamState =
        kind === 'programme' ? { kind, state: foldProgramme(folded) } : { kind, state: foldMunicipality(folded) };
      return {
        when(input: CommandInput): {
          then(expected: readonly DomainEvent[]): void;
          thenError(code: DomainErrorCode): void;
          decision: Decision;
        } {
          const parsed = commandSchema.safeParse(input);
          if (!parsed.success) throw new DeciderSpecFailure(`command does not parse: ${parsed.error.message}`);
          const decision = decide(parsed.data as Command, stream, { tenant });
          return {
            decision,
            then(expected) {
              if (!decision.ok)
                throw new DeciderSpecFailure(`expected events, got ${decision.error.code}: ${decision.error.message}`);
              if (canonicalJson(decision.value) !== canonicalJson(expected)) {
                throw new DeciderSpecFailure(
                  `expected events\n${show(expected)}\nbut decided\n${show(decision.value)}`,
                );
              }
            },
            thenError(code) {
              if (decision.ok) throw new DeciderSpecFailure(`expected ${code}, but decided\n${show(decision.value)}`);
              if (decision.error.code !== code) {
                throw new DeciderSpecFailure(`expected ${code}, got ${decision.error.code}: ${decision.error.message}`);
              }
            },
          };
        },
      };
    },
  };
}

export const programmeSpec = (options?: { tenant?: string }) => deciderSpec('programme', options);
export const municipalitySpec = (options?: { tenant?: string }) => deciderSpec('municipality', options);
