import type { Position } from '@grip/ledger';

export type RebuildReport = { readonly events: number; readonly millis: number; readonly head: Position | null };

/**
 * How far a rebuild is: streams handed out to be folded, out of the streams the store listed when the
 * rebuild began. Called as each stream is taken by the main thread, and once at the end with done = total.
 */
export type RebuildProgress = { readonly done: number; readonly total: number };
export type RebuildOptions = { readonly onProgress?: (progress: RebuildProgress) => void };
