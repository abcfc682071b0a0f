/** Errors an event store reports; typed values, raised as StoreFailure so adapters can use exceptions. */
export type StoreError =
  | {
      readonly kind: 'store';
      readonly code: 'CONCURRENCY_CONFLICT';
      readonly message: string;
      readonly streamId: string;
      readonly expected: string;
      readonly actual: number | null;
    }
  | {
      readonly kind: 'store';
      readonly code: 'IDEMPOTENCY_CONFLICT';
      readonly message: string;
      readonly eventId: string;
    }
  | { readonly kind: 'store'; readonly code: 'IDEMPOTENCY_KEY_REUSED'; readonly message: string; readonly key: string }
  | { readonly kind: 'store'; readonly code: 'STORE_UNAVAILABLE'; readonly message: string }
  | {
      readonly kind: 'store';
      readonly code: 'STORE_CORRUPT';
      readonly message: string;
      readonly streamId?: string;
      readonly eventId?: string;
    };

export type StoreErrorCode = StoreError['code'];

/** Thrown by adapters; carries the typed error so callers can map it without string matching. */
export class StoreFailure extends Error {
  constructor(readonly error: StoreError) {
    super(error.message);
    this.name = 'StoreFailure';
  }
}

export const isStoreFailure = (e: unknown): e is StoreFailure => e instanceof StoreFailure;
