import { domainError, type DomainError } from '../errors/domain-error.js';
import { definitionOf, isCorrectable, type DomainEvent, type EventType } from '../events/catalogue.js';

/** Fields that say what an entry is about; a correction may fix the facts, not change the subject. */
const IDENTITY: Partial<Record<EventType, readonly string[]>> = {
  DecisionRecorded: ['decisionId'],
  TargetSet: ['targetId'],
  TargetRevised: ['targetId'],
  MeasureRegistered: ['measureId'],
  MeasurePlanRevised: ['measureId'],
  MeasureStatusChanged: ['measureId'],
  SavingRealised: ['measureId'],
  CostCommitted: ['costId'],
  CostRealised: ['costId'],
  StatedTotalRecorded: ['totalId'],
  PcMomentRecorded: ['name'],
};

export type ParsedReplacement = { ok: true; event: DomainEvent } | { ok: false; error: DomainError };

const invalid = (message: string, details?: Record<string, unknown>): ParsedReplacement => ({
  ok: false,
  error: domainError('CORRECTION_REPLACEMENT_INVALID', message, details),
});

/**
 * The one parser of a correction's replacement: validated against the corrected event's own schema,
 * keeping the fields that say what the entry is about. The ledger decides corrections with it and the
 * projections apply stored corrections with it, so a corrected event is folded exactly as if it had
 * been recorded that way.
 */
export function parseReplacement(
  original: { readonly type: string; readonly data: unknown },
  replacement: unknown,
): ParsedReplacement {
  const type = original.type;
  if (!isCorrectable(type))
    return { ok: false, error: domainError('CORRECTION_TARGET_NOT_CORRECTABLE', `${type} is not correctable`) };
  let parsed: ReturnType<ReturnType<typeof definitionOf>['schema']['safeParse']>;
  try {
    parsed = definitionOf(type as EventType).schema.safeParse(replacement);
  } catch (error) {
    // Some refinements throw on malformed input instead of reporting an issue.
    return invalid(`replacement is not a valid ${type} (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return invalid(`replacement is not a valid ${type}${issue ? ` (${issue.path.join('.')}: ${issue.message})` : ''}`);
  }
  const data = parsed.data as Record<string, unknown>;
  const before = original.data as Record<string, unknown>;
  const changed = (IDENTITY[type as EventType] ?? []).find((field) => data[field] !== before[field]);
  if (changed) return invalid(`a correction cannot change ${changed}: record a new entry instead`, { field: changed });
  return { ok: true, event: { type, data } as DomainEvent };
}

/** A stored EntryCorrected applied to the event it names: it must name that event's type, then as above. */
export function parseStoredReplacement(
  correction: { readonly correctedType: string; readonly replacement: unknown },
  original: { readonly type: string; readonly data: unknown },
): ParsedReplacement {
  if (correction.correctedType !== original.type)
    return invalid(`it names type ${correction.correctedType} but the event is a ${original.type}`);
  return parseReplacement(original, correction.replacement);
}
