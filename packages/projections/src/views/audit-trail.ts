import type { RecordedEvent, SourceReference } from '@grip/ledger';
import { correctionLinks } from '../core/effective-events.js';

export type AuditEntry = {
  readonly eventId: string;
  readonly streamId: string;
  readonly revision: number;
  readonly position: string;
  readonly type: string;
  readonly actor: string;
  /** Transaction time. */
  readonly recordedAt: string;
  /** Business time from the data: the budget year (or first year) ... */
  readonly businessYear: number | null;
  /** ... or the business date, where the event is about a date. */
  readonly businessDate: string | null;
  readonly measureId: string | null;
  readonly reason: string | null;
  readonly source: SourceReference | null;
  readonly decisionId: string | null;
  /** For an EntryCorrected: the event it corrects. */
  readonly corrects: string | null;
  /** The corrections of this event, oldest first; the last one is in force. */
  readonly correctedBy: readonly string[];
  readonly data: unknown;
};

type AnyData = Record<string, unknown>;

function businessTime(e: RecordedEvent): { year: number | null; date: string | null } {
  const d = e.data as AnyData;
  if (e.type === 'ProgrammeOpened') return { year: e.data.period.firstYear, date: null };
  if (e.type === 'TargetSet' || e.type === 'TargetRevised') {
    return { year: e.data.timing.kind === 'structural' ? e.data.timing.fromYear : e.data.timing.year, date: null };
  }
  if (e.type === 'MeasurePlanRevised' || e.type === 'ProgrammePlanRevised') {
    return { year: e.data.lines.length ? Math.min(...e.data.lines.map((l) => l.year)) : null, date: null };
  }
  if (e.type === 'MeasureStatusChanged')
    return { year: Number(e.data.effectiveDate.slice(0, 4)), date: e.data.effectiveDate };
  if (e.type === 'DecisionRecorded')
    // A decision whose date the document does not give has no business time: shown as unknown, not guessed.
    return e.data.date === 'unknown'
      ? { year: null, date: null }
      : { year: Number(e.data.date.slice(0, 4)), date: e.data.date };
  if (e.type === 'PcMomentRecorded') return { year: e.data.year, date: e.data.at };
  return { year: typeof d['year'] === 'number' ? d['year'] : null, date: null };
}

const measureOf = (e: RecordedEvent): string | null => {
  const id = (e.data as AnyData)['measureId'];
  return typeof id === 'string' ? id : null;
};

/**
 * Every event in stream order with who, when, about when, why and on which decision, corrections
 * linked both ways. With `measureId`, the events about that measure plus the corrections of those
 * events (a correction is about the measure if the event it corrects is, before or after correcting).
 */
export function auditTrail(
  events: readonly RecordedEvent[],
  filter: { readonly measureId?: string } = {},
): AuditEntry[] {
  const { correctedBy, corrects } = correctionLinks(events);
  const byId = new Map(events.map((e) => [e.metadata.eventId, e]));
  const aboutMeasure = (e: RecordedEvent): string | null => {
    if (e.type !== 'EntryCorrected') return measureOf(e);
    const replaced = e.data.replacement['measureId'];
    const original = byId.get(e.data.correctedEventId);
    return (original && measureOf(original)) ?? (typeof replaced === 'string' ? replaced : null);
  };
  const touches = (e: RecordedEvent, m: string): boolean =>
    aboutMeasure(e) === m || (e.type === 'EntryCorrected' && e.data.replacement['measureId'] === m);
  return events
    .filter((e) => filter.measureId === undefined || touches(e, filter.measureId))
    .map((e) => {
      const time = businessTime(e);
      const dataDecision = (e.data as AnyData)['decisionId'];
      return {
        eventId: e.metadata.eventId,
        streamId: e.streamId,
        revision: e.revision,
        position: e.position,
        type: e.type,
        actor: e.metadata.actor,
        recordedAt: e.metadata.recordedAt,
        businessYear: time.year,
        businessDate: time.date,
        measureId: aboutMeasure(e),
        reason: e.metadata.reason ?? (e.type === 'EntryCorrected' ? e.data.explanation : null),
        source: e.metadata.source ?? null,
        decisionId: e.metadata.decisionId ?? (typeof dataDecision === 'string' ? dataDecision : null),
        corrects: corrects.get(e.metadata.eventId) ?? null,
        correctedBy: correctedBy.get(e.metadata.eventId) ?? [],
        data: e.data,
      };
    });
}
