import type { z } from 'zod';
import type { EventDefinition, StreamKind } from './define-event.js';
import { costCommitted } from './types/cost-committed.js';
import { costRealised } from './types/cost-realised.js';
import { decisionRecorded } from './types/decision-recorded.js';
import { entryCorrected } from './types/entry-corrected.js';
import { expenditureRecorded } from './types/expenditure-recorded.js';
import { incomeRecorded } from './types/income-recorded.js';
import { measurePlanRevised } from './types/measure-plan-revised.js';
import { measureRegistered } from './types/measure-registered.js';
import { measureStatusChanged } from './types/measure-status-changed.js';
import { pcMomentRecorded } from './types/pc-moment-recorded.js';
import { programmeOpened } from './types/programme-opened.js';
import { programmePlanRevised } from './types/programme-plan-revised.js';
import { savingRealised } from './types/saving-realised.js';
import { statedTotalRecorded } from './types/stated-total-recorded.js';
import { targetRevised } from './types/target-revised.js';
import { targetSet } from './types/target-set.js';

/** Every event type the ledger writes. Adding one here is all it takes for the union below to know it. */
export const eventCatalogue = {
  ProgrammeOpened: programmeOpened,
  DecisionRecorded: decisionRecorded,
  TargetSet: targetSet,
  TargetRevised: targetRevised,
  MeasureRegistered: measureRegistered,
  MeasurePlanRevised: measurePlanRevised,
  ProgrammePlanRevised: programmePlanRevised,
  MeasureStatusChanged: measureStatusChanged,
  SavingRealised: savingRealised,
  CostCommitted: costCommitted,
  CostRealised: costRealised,
  IncomeRecorded: incomeRecorded,
  ExpenditureRecorded: expenditureRecorded,
  StatedTotalRecorded: statedTotalRecorded,
  PcMomentRecorded: pcMomentRecorded,
  EntryCorrected: entryCorrected,
} as const;

type Catalogue = typeof eventCatalogue;
export type EventType = keyof Catalogue;
export type EventDataOf<T extends EventType> = z.infer<Catalogue[T]['schema']>;

/** An event's type and data: what decide() produces, before metadata is attached. */
export type DomainEvent = { [T in EventType]: { readonly type: T; readonly data: EventDataOf<T> } }[EventType];
export type DomainEventOf<T extends EventType> = Extract<DomainEvent, { type: T }>;

export const EVENT_TYPES = Object.keys(eventCatalogue) as EventType[];

export const isEventType = (type: string): type is EventType => Object.hasOwn(eventCatalogue, type);

export function definitionOf(type: EventType): EventDefinition {
  return eventCatalogue[type];
}

export function eventsAllowedIn(kind: StreamKind): EventType[] {
  return EVENT_TYPES.filter((t) => definitionOf(t).streams.includes(kind));
}

export const isCorrectable = (type: string): boolean => isEventType(type) && definitionOf(type).correctable;
