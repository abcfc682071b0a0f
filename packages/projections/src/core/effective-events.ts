import type { RecordedEvent } from '@grip/ledger';
import { InvalidCorrectionError, replacementFor, targetNotEarlier } from './correction.js';

/**
 * The events of one or more streams as they are in force: every EntryCorrected replaces the data of the
 * event it names, at that event's own place in the order (so a later revision still wins over a
 * corrected earlier one); of several corrections of one event the latest is in force. The corrections
 * themselves are left out: they have no effect of their own. Callers apply an as-of cut-off BEFORE
 * calling this, so corrections recorded after the cut-off are ignored.
 */
export function effectiveEvents(events: readonly RecordedEvent[]): RecordedEvent[] {
  const latestCorrection = new Map<string, Extract<RecordedEvent, { type: 'EntryCorrected' }>>();
  const earlier = new Set<string>();
  for (const e of events) {
    if (e.type === 'EntryCorrected') {
      // As strict as the runner: a correction must name an event before it in the same events.
      if (!earlier.has(e.data.correctedEventId)) {
        throw new InvalidCorrectionError(e.metadata.eventId, e.data.correctedEventId, targetNotEarlier());
      }
      latestCorrection.set(e.data.correctedEventId, e);
    }
    earlier.add(e.metadata.eventId);
  }
  const result: RecordedEvent[] = [];
  for (const e of events) {
    if (e.type === 'EntryCorrected') continue;
    const correction = latestCorrection.get(e.metadata.eventId);
    if (!correction) {
      result.push(e);
      continue;
    }
    const replaced = replacementFor(correction, e);
    result.push({ ...e, type: replaced.type, data: replaced.data } as RecordedEvent);
  }
  return result;
}

/** Which corrections name which event, both ways, for the audit trail. */
export function correctionLinks(events: readonly RecordedEvent[]): {
  correctedBy: Map<string, string[]>;
  corrects: Map<string, string>;
} {
  const correctedBy = new Map<string, string[]>();
  const corrects = new Map<string, string>();
  for (const e of events) {
    if (e.type !== 'EntryCorrected') continue;
    corrects.set(e.metadata.eventId, e.data.correctedEventId);
    const list = correctedBy.get(e.data.correctedEventId) ?? [];
    list.push(e.metadata.eventId);
    correctedBy.set(e.data.correctedEventId, list);
  }
  return { correctedBy, corrects };
}
