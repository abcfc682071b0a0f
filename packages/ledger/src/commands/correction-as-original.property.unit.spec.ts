import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../chain/canonical-json.js';
import { definitionOf, EVENT_TYPES, isCorrectable, type EventType } from '../events/catalogue.js';
import { foldMunicipality } from '../municipality/evolve.js';
import { foldProgramme } from '../programme/evolve.js';
import type { GivenEvent } from '../testing/decider-spec.js';
import { commandSchema, type Command } from './catalogue.js';
import { decide, type StreamState } from './decide.js';
import { ORIGINAL_COMMANDS } from './original-command.js';
import {
  municipalityReplacements,
  municipalityStream,
  P,
  programmeReplacements,
  programmeStream,
} from './__fixtures__/correctable-streams.js';

type Kind = 'programme' | 'municipality';
const context = { tenant: 'GM0118' };
const IDENTITY = ['decisionId', 'targetId', 'measureId', 'costId', 'totalId', 'name'];

const stateOf = (kind: Kind, events: readonly GivenEvent[]): StreamState => {
  const withIds = events.map(({ eventId, ...event }) => ({ ...event, metadata: { eventId: eventId! } }));
  return kind === 'programme' ? { kind, state: foldProgramme(withIds) } : { kind, state: foldMunicipality(withIds) };
};

/** The oracle: the original command with the replacement values, on the stream as if the entry had never been. */
function originalDecision(kind: Kind, stream: readonly GivenEvent[], target: GivenEvent, values: object) {
  const type = (ORIGINAL_COMMANDS[kind] as Record<string, { type: string }>)[target.type]!.type;
  const input = { type, data: kind === 'programme' ? { programmeId: P, ...values } : values };
  const parsed = commandSchema.safeParse(input);
  if (!parsed.success) return { ok: false as const, code: 'CORRECTION_REPLACEMENT_INVALID' };
  const decision = decide(
    parsed.data as Command,
    stateOf(
      kind,
      stream.filter((e) => e !== target),
    ),
    context,
  );
  return decision.ok
    ? { ok: true as const, data: decision.value[0]!.data }
    : { ok: false as const, code: decision.error.code };
}

function correctionDecision(kind: Kind, stream: readonly GivenEvent[], target: GivenEvent, values: object) {
  const data = { correctedEventId: target.eventId!, replacement: values, explanation: 'typefout' };
  const input =
    kind === 'programme'
      ? { type: 'CorrectProgrammeEntry', data: { programmeId: P, ...data } }
      : { type: 'CorrectMunicipalityEntry', data };
  const decision = decide(commandSchema.parse(input) as Command, stateOf(kind, stream), context);
  return decision.ok
    ? { ok: true as const, data: (decision.value[0]!.data as { replacement: unknown }).replacement }
    : { ok: false as const, code: decision.error.code };
}

const cases = (kind: Kind, stream: GivenEvent[], replacements: typeof programmeReplacements) =>
  Object.entries(replacements).map(([type, { ids, values }]) => ({
    kind,
    type,
    arbitrary: fc.record({ target: fc.constantFrom(...stream.filter((e) => ids.includes(e.eventId!))), values }),
    stream,
  }));

describe('a correction is decided by the command that records the corrected type', () => {
  it('every correctable type has its original command on each stream it lives in', () => {
    for (const type of EVENT_TYPES.filter(isCorrectable))
      for (const kind of definitionOf(type).streams)
        expect((ORIGINAL_COMMANDS[kind] as Partial<Record<EventType, unknown>>)[type], `${kind} ${type}`).toBeDefined();
  });

  for (const { kind, type, arbitrary, stream } of [
    ...cases('programme', programmeStream, programmeReplacements),
    ...cases('municipality', municipalityStream, municipalityReplacements),
  ]) {
    it(`${kind} ${type}: accepted exactly when the original command would be, refused with its code`, () => {
      let accepted = 0;
      let refused = 0;
      fc.assert(
        fc.property(arbitrary, ({ target, values }) => {
          const identity = Object.fromEntries(
            IDENTITY.filter((f) => f in target.data).map((f) => [f, (target.data as Record<string, unknown>)[f]]),
          );
          const replacement = { ...values, ...identity };
          const correction = correctionDecision(kind, stream, target, replacement);
          const parsedReplacement = definitionOf(target.type).schema.safeParse(replacement);
          if (parsedReplacement.success && canonicalJson(parsedReplacement.data) === canonicalJson(target.data)) {
            expect(correction).toEqual({ ok: false, code: 'CORRECTION_CHANGES_NOTHING' });
            return;
          }
          expect(correction).toEqual(originalDecision(kind, stream, target, replacement));
          if (correction.ok) accepted++;
          else refused++;
        }),
        { numRuns: 150 },
      );
      // The pools are chosen so that both outcomes occur: a property that only ever refused would prove little.
      expect(accepted).toBeGreaterThan(0);
      expect(refused).toBeGreaterThan(0);
    });
  }
});
