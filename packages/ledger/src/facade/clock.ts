/** Time is injected: the ledger never reads the system clock on its own. */
export type Clock = { now(): Date };

/** The real clock; only the application's composition root should create it. */
export const systemClock = (): Clock => ({ now: () => new Date() });

/** Always the same moment. */
export const fixedClock = (at: string | Date): Clock => {
  const moment = new Date(at);
  return { now: () => new Date(moment) };
};

/** Starts at `start` and moves `stepMs` forward on every reading: deterministic and strictly increasing. */
export const steppingClock = (start: string | Date, stepMs = 1000): Clock => {
  let next = new Date(start).getTime();
  return {
    now: () => {
      const moment = new Date(next);
      next += stepMs;
      return moment;
    },
  };
};
