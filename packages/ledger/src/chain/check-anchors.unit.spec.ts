import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEventFixtures } from '../store/conformance/event-fixtures.js';
import { createMemoryEventStore } from '../store/memory/memory-event-store.js';
import { findAnchorLines, formatAnchorLine, parseAnchorLine, type Anchor } from './anchor.js';
import { checkAnchors } from './check-anchors.js';

const anchorArb: fc.Arbitrary<Anchor> = fc.record({
  at: fc
    .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  events: fc.integer({ min: 1, max: 10_000_000 }),
  position: fc.stringMatching(/^[0-9]{1,12}$/),
  digest: fc.stringMatching(/^[0-9a-f]{64}$/),
});

describe('anchor lines', () => {
  it('read back what they print, also from inside a letter or an export', () => {
    fc.assert(
      fc.property(anchorArb, (anchor) => {
        const line = formatAnchorLine(anchor);
        expect(parseAnchorLine(line)).toEqual(anchor);
        expect(findAnchorLines(`Raadsbrief, bijlage 2:\n  "${line}",\nmet vriendelijke groet`)).toEqual([anchor]);
      }),
    );
  });

  it('are not read from text that only resembles one', () => {
    expect(parseAnchorLine('grip-anchor/1 at=yesterday events=1 position=1 sha256=ab')).toBeNull();
    expect(
      parseAnchorLine(`grip-anchor/1 at=2026-01-01T00:00:00.000Z events=0 position=1 sha256=${'a'.repeat(64)}`),
    ).toBeNull();
  });
});

describe('checkAnchors on an untouched store', () => {
  it('given anchors taken as events arrive, when checked later, then each holds and the trail continues', async () => {
    const store = createMemoryEventStore();
    const f = createEventFixtures('anchors');
    await store.append(f.stream('a'), f.batch(3), 'no-stream');
    const first = await checkAnchors(store, []);
    expect(first.verdicts).toEqual([]);
    expect(first.unanchored).toBeNull();
    const anchor = { at: '2026-01-01T00:00:00.000Z', ...first.head, position: first.head.position! };
    await store.append(f.stream('b'), f.batch(2), 'no-stream');

    const later = await checkAnchors(store, [{ ...anchor, trailFrom: first.trailFrom, trail: first.trail }]);
    expect(later.ok).toBe(true);
    expect(later.verdicts.map((v) => v.holds)).toEqual([true]);
    expect(later.unanchored).toBe(2);
    expect(later.trailFrom).toBe(3);
    expect(later.trail).toHaveLength(2 * 8);
  });

  it('given an anchor the store never had, then it is broken and the divergence is bounded', async () => {
    const store = createMemoryEventStore();
    const f = createEventFixtures('forged');
    await store.append(f.stream('a'), f.batch(3), 'no-stream');
    const { head } = await checkAnchors(store, []);
    const wrong = { at: '2026-01-01T00:00:00.000Z', events: 3, position: head.position!, digest: 'f'.repeat(64) };
    const longer = { ...wrong, events: 5, position: '9' };
    const checked = await checkAnchors(store, [wrong, longer]);
    expect(checked.ok).toBe(false);
    expect(checked.verdicts.map((v) => v.problem)).toEqual(['digest-mismatch', 'truncated']);
    expect(checked.firstDivergence?.message).toContain('from the first event and at or before event 3');
  });
});
