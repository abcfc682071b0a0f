/**
 * What the fast validator can say about a value, for one schema:
 * - ACCEPT: zod accepts it AND zod's output equals the value itself, so the value can be used as is;
 * - REJECT: zod refuses it (zod is still run, for its error message);
 * - UNKNOWN: anything else (a trim that would change the string, keys zod would strip, a schema
 *   feature the compiler does not know): zod decides.
 */
export const REJECT = 0;
export const ACCEPT = 1;
export const UNKNOWN = 2;
export type Verdict = typeof REJECT | typeof ACCEPT | typeof UNKNOWN;

export type Acceptor = (value: unknown) => Verdict;

/** Runs verdicts in order as zod runs checks: the first one that is not ACCEPT decides. */
export function firstNonAccept<T>(steps: ReadonlyArray<(value: T) => Verdict>, value: T): Verdict {
  for (const step of steps) {
    const verdict = step(value);
    if (verdict !== ACCEPT) return verdict;
  }
  return ACCEPT;
}
