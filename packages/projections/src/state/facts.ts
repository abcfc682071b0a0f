import type { EventDataOf, EventType, PlanLine } from '@grip/ledger';

type Data<T extends EventType> = EventDataOf<T>;

/**
 * A fact is what one event says about one key; the fact in force for a key is the one of the highest
 * stream revision ("latest wins"). Each variant is plain JSON so a stream's state can be stored as JSON
 * in the read-model database in the same transaction as its checkpoint.
 */
export type FactValue =
  | ({ readonly k: 'programme' } & Data<'ProgrammeOpened'>)
  | ({ readonly k: 'decision' } & Data<'DecisionRecorded'>)
  | { readonly k: 'target-scope'; readonly targetId: string; readonly scope: Data<'TargetSet'>['scope'] }
  | ({ readonly k: 'target-value' } & Data<'TargetRevised'>)
  | ({ readonly k: 'measure' } & Data<'MeasureRegistered'>)
  | {
      readonly k: 'measure-plan';
      readonly measureId: string;
      readonly lines: readonly PlanLine[];
      readonly decisionId: string;
    }
  | { readonly k: 'programme-plan'; readonly lines: readonly PlanLine[]; readonly decisionId: string }
  | { readonly k: 'rag'; readonly measureId: string; readonly rag: NonNullable<Data<'MeasureStatusChanged'>['rag']> }
  | {
      readonly k: 'lifecycle';
      readonly measureId: string;
      readonly lifecycle: NonNullable<Data<'MeasureStatusChanged'>['lifecycle']>;
    }
  | ({ readonly k: 'saving' } & Data<'SavingRealised'>)
  | ({ readonly k: 'cost' } & Data<'CostCommitted'>)
  | ({ readonly k: 'cost-realised' } & Data<'CostRealised'>)
  | ({ readonly k: 'stated' } & Data<'StatedTotalRecorded'>)
  | ({ readonly k: 'income' } & Data<'IncomeRecorded'>)
  | ({ readonly k: 'expenditure' } & Data<'ExpenditureRecorded'>)
  | ({ readonly k: 'moment' } & Data<'PcMomentRecorded'>);

export type FactKind = FactValue['k'];
export type FactOf<K extends FactKind> = Extract<FactValue, { k: K }>;

export type Fact = { readonly eventId: string; readonly revision: number; readonly value: FactValue };

export type StreamKindName = 'programme' | 'municipality';

/** Everything a projection needs to know about one stream, as of its last applied revision. */
export type StreamState = {
  readonly streamId: string;
  readonly kind: StreamKindName;
  lastRevision: number;
  readonly facts: Record<string, Fact>;
};

/**
 * Facts in stream order (revision, then key), so everything derived from a state is independent of
 * the order its keys were inserted in (a state read back from JSON or refolded gives the same views).
 */
export function factsInOrder(state: StreamState): Fact[] {
  return Object.entries(state.facts)
    .sort(([ka, a], [kb, b]) => a.revision - b.revision || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([, f]) => f);
}
