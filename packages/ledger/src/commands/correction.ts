import { z } from 'zod';
import { canonicalJson } from '../chain/canonical-json.js';
import { domainError } from '../errors/domain-error.js';
import { err, ok } from '../errors/result.js';
import { isCorrectable, type DomainEvent } from '../events/catalogue.js';
import { idSchema, textSchema } from '../events/shared-schemas.js';
import { findInLog } from '../shared/append-log.js';
import type { CorrectableState } from '../shared/corrections.js';
import { parseReplacement } from '../rules/parse-replacement.js';
import type { Decision } from './define-command.js';

export const correctionFields = {
  correctedEventId: idSchema,
  replacement: z.record(z.string(), z.unknown()),
  explanation: textSchema(2000),
};

type StreamFacts = Pick<CorrectableState, 'entries' | 'corrections'>;

/**
 * Decides a correction on either stream kind. Naming a correction corrects what it corrected, so
 * "correcting twice corrects the latest": the replacement is compared with the data now in force. The
 * replacement is then decided by the command that records its type (`decideOriginal`), so a correction
 * is accepted exactly when that command with the replacement values would be.
 */
export function decideCorrection(
  data: { correctedEventId: string; replacement: Record<string, unknown>; explanation: string },
  facts: StreamFacts,
  decideOriginal: (replacement: DomainEvent, targetId: string) => Decision,
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
  // The original command decides, against the stream without this entry: no second list of rules.
  const original = decideOriginal(parsed.event, targetId);
  if (!original.ok) return original;
  const [recorded] = original.value;
  return ok([
    {
      type: 'EntryCorrected',
      data: {
        correctedEventId: targetId,
        correctedType: current.type,
        replacement: recorded!.data,
        explanation: data.explanation,
      },
    },
  ]);
}
