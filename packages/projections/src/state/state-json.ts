import type { StreamState } from './facts.js';

/**
 * A state as stored: facts in key order, so the same state always gives the same text (the content
 * hash compares it). Values keep the key order the fold gives them, which is fixed by the schemas.
 */
export function stateJson(state: StreamState): string {
  const facts: Record<string, unknown> = {};
  for (const key of Object.keys(state.facts).sort()) facts[key] = state.facts[key];
  return JSON.stringify({ streamId: state.streamId, kind: state.kind, lastRevision: state.lastRevision, facts });
}
