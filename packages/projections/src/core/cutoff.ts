import type { Position, RecordedEvent } from '@grip/ledger';

/** What a cut-off keeps, for starting from a snapshot: events recorded up to an instant, or up to a position. */
export type CutoffBound = { readonly at: number } | { readonly position: Position };

/** A resolved as-of: a predicate over recorded events, and the bound it tests (none: every event). */
export type Cutoff = ((event: RecordedEvent) => boolean) & { readonly bound?: CutoffBound };
