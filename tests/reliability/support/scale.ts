/**
 * How hard the reliability suite tries: a bounded run inside `npm test`, the long one under
 * `npm run soak` (GRIP_SOAK=1). Each figure is the number of attempts a test makes.
 */
export const SOAK = process.env.GRIP_SOAK === '1';

export const SCALE = SOAK
  ? { serviceKills: 200, importKills: 100, demoKills: 6, fuzzRequests: 10_000, writers: 16, writesPerWriter: 25 }
  : { serviceKills: 3, importKills: 3, demoKills: 1, fuzzRequests: 1_000, writers: 16, writesPerWriter: 5 };

/** Test timeouts grow with the attempts (a shared 2-core machine: minutes, not seconds). */
export const timeoutFor = (attempts: number, perAttemptMs: number): number => 60_000 + attempts * perAttemptMs;

/** A soak's running tally every `every` attempts, so a run cut short still says how far it got. */
export function progress(what: string, done: number, every: number, detail: string): void {
  if (done % every === 0)
    console.info(`[reliability] progress: ${what} ${done} (${detail}) at ${new Date().toISOString()}`);
}

/** Every test says what it tried and what held, one line each, so a soak log is its own report. */
export function tried(what: string, held: string): void {
  console.info(`[reliability] tried: ${what}\n[reliability] held:  ${held}`);
}
