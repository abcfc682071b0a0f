import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, eventCatalogue } from './catalogue.js';
import { exampleMetadata as metadata, v1Examples } from './__fixtures__/event-examples.js';
import { defineEvent } from './define-event.js';
import type { Position, StoredEvent } from './envelope.js';
import { createEventParser, parseEvent, toRecordedEvent } from './parse-event.js';

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
