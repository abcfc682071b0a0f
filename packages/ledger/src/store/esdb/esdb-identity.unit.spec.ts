import { describe, expect, it } from 'vitest';
import { compareEsdbPositions, decodeEsdbPosition, encodeEsdbPosition, esdbEventUuid } from './esdb-identity.js';

describe('EventStoreDB identity and positions (no server needed)', () => {
  it('derives the same valid version-8 UUID from the same event id, and different ones from different ids', () => {
    const uuid = esdbEventUuid('evt-2024-0001');
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(esdbEventUuid('evt-2024-0001')).toBe(uuid);
    expect(esdbEventUuid('evt-2024-0002')).not.toBe(uuid);
  });

  it('encodes commit/prepare pairs so that they round-trip and order by commit, then prepare', () => {
    const p = (commit: bigint, prepare: bigint) => encodeEsdbPosition({ commit, prepare });
    const big = 2n ** 63n - 1n;
    expect(decodeEsdbPosition(p(big, 7n))).toEqual({ commit: big, prepare: 7n });
    expect(compareEsdbPositions(p(9n, 9n), p(10n, 0n))).toBeLessThan(0);
    expect(compareEsdbPositions(p(10n, 5n), p(10n, 4n))).toBeGreaterThan(0);
    expect(compareEsdbPositions(p(10n, 5n), p(10n, 5n))).toBe(0);
    expect([p(100n, 1n), p(20n, 1n), p(3n, 1n)].sort()).toEqual([p(3n, 1n), p(20n, 1n), p(100n, 1n)]);
    expect(() => decodeEsdbPosition('42')).toThrow(TypeError);
  });
});
