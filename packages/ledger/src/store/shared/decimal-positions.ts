import type { Position } from '../../events/envelope.js';

/** Positions of stores that number events 1, 2, 3 … (memory, SQLite): a decimal string of that number. */
export const toDecimalPosition = (n: number | bigint): Position => String(n) as Position;

export function parseDecimalPosition(position: Position | string): number {
  if (typeof position !== 'string' || !/^(0|[1-9]\d*)$/.test(position))
    throw new TypeError(`not a position of this store: ${String(position)}`);
  const n = Number(position);
  if (!Number.isSafeInteger(n)) throw new TypeError(`position out of range: ${position}`);
  return n;
}

export const compareDecimalPositions = (a: Position, b: Position): number =>
  parseDecimalPosition(a) - parseDecimalPosition(b);
