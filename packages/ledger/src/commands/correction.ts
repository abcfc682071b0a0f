import { z } from 'zod';
import { canonicalJson } from '../chain/canonical-json.js';
import { domainError } from '../errors/domain-error.js';
import { err, ok } from '../errors/result.js';
import { isCorrectable, type DomainEvent } from '../events/catalogue.js';
import { idSchema, textSchema } from '../events/shared-schemas.js';
import { findInLog } from '../shared/append-log.js';
import type { CorrectableState } from '../shared/corrections.js';
import { parseReplacement } from '../rules/parse-replacement.js';
import type { Check } from '../rules/checks.js';
import type { Decision } from './define-command.js';

export const correctionFields = {
  correctedEventId: idSchema,
  replacement: z.record(z.string(), z.unknown()),
  explanation: textSchema(2000),
};

type StreamFacts = Pick<CorrectableState, 'entries' | 'corrections'>;

/**
 * Decides a correction on either stream kind. Naming a correction corrects what it corrected, so
 * "correcting twice corrects the latest": the replacement is compared with the data now in force.
 */
export function decideCorrection(
  data: { correctedEventId: string; replacement: Record<string, unknown>; explanation: string },
  facts: StreamFacts,
  rules: (event: DomainEvent) => Check,
): Decision {
  const targetId = facts.corrections.get(data.correctedEventId) ?? data.correctedEventId;
  // A scan, not an index: corrections are rare, and an index would be copied on every event.
  const found = findInLog(facts.entries, (entry) => entry.eventId === targetId);
  if (!found) {
    return err(
      domainError('CORRECTION_TARGET_NOT_FOUND', `event ${data.correctedEventId} is not in this stream`, {
        correctedEventId: data.correctedEventId,
      }),
    );
  }
  const current = found.item;
  if (!isCorrectable(current.type)) {
    return err(
      domainError('CORRECTION_TARGET_NOT_CORRECTABLE', `${current.type} events cannot be corrected`, {
        correctedEventId: targetId,
        type: current.type,
      }),
    );
  }
  const parsed = parseReplacement(current, data.replacement);
  if (!parsed.ok) return err(parsed.error);
  if (canonicalJson(parsed.event.data) === canonicalJson(current.data)) {
    return err(
      domainError('CORRECTION_CHANGES_NOTHING', `the replacement equals the data now in force for ${targetId}`, {
        correctedEventId: targetId,
      }),
    );
  }
  const failure = rules(parsed.event);
  if (failure) return err(failure);
  return ok([
    {
      type: 'EntryCorrected',
      data: {
        correctedEventId: targetId,
        correctedType: current.type,
        replacement: parsed.event.data,
        explanation: data.explanation,
      },
    },
  ]);
}
