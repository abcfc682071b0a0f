import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, eventCatalogue, type DomainEvent, type EventType } from './catalogue.js';
import { defineEvent } from './define-event.js';
import type { Position, StoredEvent } from './envelope.js';
import { createEventParser, parseEvent, toRecordedEvent } from './parse-event.js';

const metadata = {
  eventId: 'e1',
  tenant: 'GM0118',
  actor: 'key:abc:test',
  recordedAt: '2022-03-01T09:00:00.000Z',
  correlationId: 'e1',
  causationId: null,
};

/** One stored v1 example of every event type the ledger writes. */
const v1Examples: { [T in EventType]: Extract<DomainEvent, { type: T }>['data'] } = {
  ProgrammeOpened: {
    programmeId: 'p',
    municipality: 'GM0118',
    title: 'T',
    period: { firstYear: 2022, lastYear: 2025 },
    domains: [{ code: 'WMO', name: 'Wmo' }],
    categories: [{ code: 'bk', name: 'Beleidskeuze' }],
  },
  DecisionRecorded: { decisionId: 'd', body: 'raad', date: '2022-02-24', reference: 'RB', summary: 'S' },
  TargetSet: {
    targetId: 't',
    scope: { level: 'domain', domain: 'WMO' },
    amount: '650000',
    timing: { kind: 'structural', fromYear: 2025 },
    decisionId: 'd',
  },
  TargetRevised: { targetId: 't', amount: '700000', timing: { kind: 'incidental', year: 2024 }, decisionId: 'd' },
  MeasureRegistered: { measureId: 'm', code: 'C 2.1', title: 'T', domain: 'WMO', category: 'bk', owner: 'o' },
  MeasurePlanRevised: { measureId: 'm', lines: [{ year: 2022, amount: 'PM', nature: 'structural' }], decisionId: 'd' },
  ProgrammePlanRevised: { lines: [{ year: 2022, amount: '250000', nature: 'structural' }], decisionId: 'd' },
  MeasureStatusChanged: { measureId: 'm', rag: 'oranje', effectiveDate: '2021-04-30' },
  SavingRealised: { measureId: 'm', year: 2022, amount: 'not-attributable' },
  CostCommitted: {
    costId: 'c',
    measureId: null,
    year: 2022,
    amount: '350000',
    nature: 'incidental',
    kind: 'programme-organisation',
  },
  CostRealised: {
    costId: 'c',
    measureId: 'm',
    year: 2022,
    amount: '12.5',
    nature: 'structural',
    kind: 'staff',
    description: 'projectleider',
  },
  IncomeRecorded: { year: 2017, source: 'buig', amount: '20751450', basis: 'realised' },
  ExpenditureRecorded: {
    year: 2017,
    line: { kind: 'taakveld', code: '6.72' },
    detail: 'ZIN',
    amount: '4423000',
    basis: 'realised',
  },
  StatedTotalRecorded: {
    totalId: 's',
    label: 'Saldo',
    figure: 'saldo',
    scope: { level: 'municipality' },
    year: 2019,
    amount: '-2729575',
  },
  PcMomentRecorded: { name: 'berap-2-2021', kind: 'berap-2', year: 2021, at: '2021-09-30T00:00:00Z' },
  EntryCorrected: {
    correctedEventId: 'e0',
    correctedType: 'SavingRealised',
    replacement: { measureId: 'm', year: 2022, amount: '1' },
    explanation: 'typo',
  },
};

describe('reading stored events', () => {
  it.each(EVENT_TYPES)('reads every stored version of %s', (type) => {
    for (let version = 1; version <= eventCatalogue[type].version; version++) {
      const outcome = parseEvent({ type, version, data: v1Examples[type], metadata });
      expect(outcome).toMatchObject({ ok: true, event: { type, version: eventCatalogue[type].version } });
    }
  });

  it('refuses unknown types, future versions and invalid data, naming them', () => {
    expect(parseEvent({ type: 'MeasureDeleted', version: 1, data: {}, metadata })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_EVENT_TYPE' },
    });
    expect(parseEvent({ type: 'SavingRealised', version: 2, data: v1Examples.SavingRealised, metadata })).toMatchObject(
      { ok: false, error: { code: 'UNSUPPORTED_EVENT_VERSION' } },
    );
    const bad = parseEvent({
      type: 'SavingRealised',
      version: 1,
      data: { measureId: 'm', year: 2022, amount: 12.5 },
      metadata,
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'INVALID_EVENT', message: expect.stringContaining('amount') },
    });
    expect(
      parseEvent({
        type: 'SavingRealised',
        version: 1,
        data: v1Examples.SavingRealised,
        metadata: { ...metadata, tenant: 'Hoogeveen' },
      }),
    ).toMatchObject({ ok: false });
  });
});

describe('the fast path and zod give the same events', () => {
  const stored = (data: unknown, version = 1): StoredEvent => ({
    streamId: 'programme-p',
    revision: 0,
    position: '1' as Position,
    type: 'ProgrammeOpened',
    version,
    data,
    metadata,
    hash: 'h',
    previousHash: 'g',
  });

  it('a current, valid event is used as stored: no copy of a million events in a rebuild', () => {
    const event = stored(v1Examples.ProgrammeOpened);
    expect(toRecordedEvent(event)).toBe(event);
  });

  it('text zod would trim is read through zod, trimmed, and the stored event is left as it was', () => {
    const event = stored({ ...v1Examples.ProgrammeOpened, title: '  Grip op het sociaal domein ' });
    const recorded = toRecordedEvent(event);
    expect(recorded).not.toBe(event);
    expect(recorded.data).toMatchObject({ title: 'Grip op het sociaal domein' });
    expect(event.data).toMatchObject({ title: '  Grip op het sociaal domein ' });
  });

  it('a key no schema knows is dropped by zod, as before the fast path existed', () => {
    const recorded = toRecordedEvent(stored({ ...v1Examples.ProgrammeOpened, note: 'x' }));
    expect(recorded.data).not.toHaveProperty('note');
  });

  it("an invalid event is refused with zod's message", () => {
    expect(() => toRecordedEvent(stored({ ...v1Examples.ProgrammeOpened, municipality: 'Hoogeveen' }))).toThrow(
      /municipality: a CBS municipality code/,
    );
  });
});

describe('upcasting', () => {
  // A type that changed twice: v1 had "naam", v2 renamed it to "title", v3 added "owner".
  const renamed = defineEvent({
    type: 'ExampleRenamed',
    version: 3,
    streams: ['programme'],
    correctable: false,
    schema: z.object({ title: z.string(), owner: z.string() }),
    upcasters: {
      1: (data) => ({ title: (data as { naam: string }).naam }),
      2: (data) => ({ ...(data as object), owner: 'onbekend' }),
    },
  });
  const parse = createEventParser({ ExampleRenamed: renamed });

  it('lifts v1 through v2 to v3', () => {
    expect(parse({ type: 'ExampleRenamed', version: 1, data: { naam: 'Grip' }, metadata })).toMatchObject({
      ok: true,
      event: { version: 3, data: { title: 'Grip', owner: 'onbekend' } },
    });
  });

  it('lifts v2 to v3', () => {
    expect(parse({ type: 'ExampleRenamed', version: 2, data: { title: 'Grip' }, metadata })).toMatchObject({
      ok: true,
      event: { data: { title: 'Grip', owner: 'onbekend' } },
    });
  });

  it('reads v3 as it is', () => {
    expect(
      parse({ type: 'ExampleRenamed', version: 3, data: { title: 'Grip', owner: 'Team' }, metadata }),
    ).toMatchObject({ ok: true, event: { data: { owner: 'Team' } } });
  });

  it('refuses to define a version without every upcaster below it', () => {
    expect(() =>
      defineEvent({ type: 'Broken', version: 2, streams: ['programme'], correctable: false, schema: z.object({}) }),
    ).toThrow(/missing upcaster from v1/);
  });
});
