import { add, createMemoryEventStore, fixedClock, moneyOf, toCanonical, ZERO, type EventStore } from '@grip/ledger';
import { canonical, hoogeveenPlan } from '@grip/ledger/testing';
import { createProjectionQueries } from '@grip/projections';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoJournalFiles, importDemoJournals } from './demo.js';
import { importJournals } from './import-journals.js';
import { readJournal } from './read-journal.js';

const clock = fixedClock('2025-06-01T10:00:00Z');

async function countEvents(store: EventStore): Promise<number> {
  let n = 0;
  for await (const _ of store.readAll()) n++;
  return n;
}

const dir = mkdtempSync(join(tmpdir(), 'grip-journal-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const programme = (id: string) => `  - type: OpenProgramme
    data: { programmeId: ${id}, title: T, period: { firstYear: 2022, lastYear: 2025 }, domains: [{ code: Wmo, name: Wmo }], categories: [{ code: x, name: X }] }
  - type: RecordDecision
    data: { programmeId: ${id}, decisionId: d1, body: raad, date: "2022-01-01", reference: r, summary: s }
`;

describe('importing journals', () => {
  it('imports every demo journal through the real ledger; Hoogeveen reads 250000/750000/1750000/1900000', async () => {
    const store = createMemoryEventStore();
    const summary = await importDemoJournals({ store, clock });
    expect(summary).toEqual({ journals: 4, commands: 224, events: 224 });
    const queries = createProjectionQueries(store);
    const slices = await queries.yearSlices('GM0118/hoogeveen-herontwerp');
    expect(slices.map((s) => [s.year, s.planned, s.target, s.costs])).toEqual([
      [2022, '250000', '250000', '350000'],
      [2023, '750000', '750000', '350000'],
      [2024, '1750000', '1750000', '350000'],
      [2025, '1900000', '1900000', '350000'],
    ]);
    // The journal records Bijlage 8 measure by measure; it must agree with the one Hoogeveen source.
    let cumulative = ZERO;
    expect(slices.map((s) => [s.year, s.planned, s.costs])).toEqual(
      hoogeveenPlan.tranches.map(({ year, amount }) => [
        year,
        toCanonical((cumulative = add(cumulative, moneyOf(canonical(amount))))),
        canonical(hoogeveenPlan.investment.amount),
      ]),
    );
    const totals = await queries.domainTotals('GM0118/hoogeveen-herontwerp', { year: 2025 });
    expect(totals.domains.map((d) => [d.code, d.planned])).toEqual([
      ...hoogeveenPlan.domains.map(({ name, planned }) => [name, canonical(planned)]),
      ['unattributed', '0'],
    ]);
  });

  it('keeps the demo data honest: Tabel 7 2019 and the damaged Assen table show up in reconciliation', async () => {
    const store = createMemoryEventStore();
    await importDemoJournals({ store, clock });
    const queries = createProjectionQueries(store);
    const hoogeveen = await queries.reconcileMunicipality('GM0118');
    expect(hoogeveen.filter((l) => l.status !== 'matches').map((l) => [l.totalId, l.stated, l.computed])).toEqual([
      ['tabel7-saldo-2019', '-2729575', '-2729576'],
    ]);
    const assen = await queries.reconcileProgramme('GM0106/assen-sociaal-domein');
    expect(assen.find((l) => l.totalId === 'initieel-subtotaal-lasten')).toMatchObject({
      status: 'matches',
      stated: '1358250',
    });
    expect(assen.find((l) => l.totalId === 'initieel-totale-lasten')).toMatchObject({
      status: 'differs',
      difference: '3980',
    });
  });

  it('writes Assen as a historical import: as known at 2021-initieel the plans are the April ones', async () => {
    const store = createMemoryEventStore();
    await importDemoJournals({ store, clock });
    const queries = createProjectionQueries(store);
    const [, april] = await queries.yearSlices('GM0106/assen-sociaal-domein', { moment: '2021-initieel' });
    const [, september] = await queries.yearSlices('GM0106/assen-sociaal-domein', { moment: '2021-bijgesteld' });
    expect([april!.planned, april!.costs, april!.pmCount]).toEqual(['2555000', '1483250', 2]);
    expect([september!.planned, september!.costs]).toEqual(['2500000', '1493250']);
    const audit = await queries.auditTrail('GM0106/assen-sociaal-domein');
    expect(audit[0]!.recordedAt).toBe('2021-04-30T10:00:00.000Z');
    expect(audit.every((e) => e.source?.document === '000_b4ec0a4e97691307.txt')).toBe(true);
  });

  it('records Dalfsen ZIN and PGB apart on taakveld 6.72, and Buren P.M. and nihil items', async () => {
    const store = createMemoryEventStore();
    await importDemoJournals({ store, clock });
    const dalfsen = await store.readStream('municipality-GM0148');
    const details = dalfsen
      .filter((e) => e.type === 'ExpenditureRecorded')
      .map((e) => e.data as { year: number; detail: string; amount: string });
    expect(details.filter((d) => d.year === 2017)).toEqual([
      expect.objectContaining({ detail: 'ZIN', amount: '4423000' }),
      expect.objectContaining({ detail: 'PGB', amount: '973000' }),
    ]);
    // Both detail rows count: every printed ZIN + PGB total reconciles to the euro.
    const reconciliation = await createProjectionQueries(store).reconcileMunicipality('GM0148');
    expect(reconciliation.map((l) => [l.year, l.stated, l.computed, l.status])).toEqual([
      [2017, '5396000', '5396000', 'matches'],
      [2018, '5853000', '5853000', 'matches'],
      [2019, '6171000', '6171000', 'matches'],
      [2020, '6328000', '6328000', 'matches'],
    ]);
    const [, y2023] = await createProjectionQueries(store).yearSlices('GM0214/buren-transformatie');
    expect([y2023!.planned, y2023!.pmCount]).toEqual(['358602', 5]);
  });

  it('re-importing is a no-op, and so is resuming: every entry is recognised by its key', async () => {
    const store = createMemoryEventStore();
    const journals = await Promise.all(demoJournalFiles().map((f) => readJournal(f)));
    await importJournals({ store, clock }, journals, { actor: 'test' });
    const before = await countEvents(store);
    const again = await importJournals({ store, clock }, journals, { actor: 'test' });
    expect(again).toMatchObject({ events: 0, duplicates: 224 });
    expect(await countEvents(store)).toBe(before);
  });

  it('on a store without atomic appends, resumes after a crash in the write phase without writing anything twice', async () => {
    const store = createMemoryEventStore();
    const [hoogeveen] = demoJournalFiles();
    const journal = await readJournal(hoogeveen!);
    let appends = 0;
    const crashing: EventStore = Object.assign(Object.create(store) as EventStore, {
      appendAtomically: undefined, // like EventStoreDB: entry by entry
      append: (...args: Parameters<EventStore['append']>) => {
        if (++appends > 40) throw new Error('simulated crash');
        return store.append(...args);
      },
    });
    await expect(importJournals({ store: crashing, clock }, [journal], { actor: 'test' })).rejects.toThrow(
      'simulated crash',
    );
    expect(await countEvents(store)).toBe(40);
    const resumed = await importJournals({ store, clock }, [journal], { actor: 'test' });
    expect(resumed).toMatchObject({ commands: 126, events: 86, duplicates: 40 });
    expect(await countEvents(store)).toBe(126);
  });

  it('a failing journal writes nothing, also when its first entries are fine, and names the line', async () => {
    const store = createMemoryEventStore();
    const file = write(
      'bad.yaml',
      `municipality: GM0118\nentries:\n${programme('p1')}  - type: ReviseProgrammePlan\n    data: { programmeId: p1, decisionId: d1, lines: [{ year: 2030, amount: "1000", nature: structural }] }\n`,
    );
    await expect(importJournals({ store, clock }, [await readJournal(file)], { actor: 'test' })).rejects.toThrow(
      /bad\.yaml:7: entry 3 \(ReviseProgrammePlan\) refused: YEAR_OUTSIDE_PERIOD/,
    );
    expect(await countEvents(store)).toBe(0);
  });

  it('a dry run checks against the current state and writes nothing', async () => {
    const store = createMemoryEventStore();
    const first = await readJournal(write('first.yaml', `municipality: GM0118\nentries:\n${programme('p2')}`));
    await importJournals({ store, clock }, [first], { actor: 'test' });
    const clash = await readJournal(
      write(
        'clash.yaml',
        `municipality: GM0118\nentries:\n  - type: RecordDecision\n    data: { programmeId: p2, decisionId: d1, body: raad, date: "2022-02-01", reference: r, summary: other }\n`,
      ),
    );
    await expect(importJournals({ store, clock }, [clash], { actor: 'test', dryRun: true })).rejects.toThrow(
      /clash\.yaml:3: .*DECISION_ALREADY_RECORDED/,
    );
    const fine = await readJournal(
      write(
        'fine.yaml',
        `municipality: GM0118\nentries:\n  - type: RecordDecision\n    data: { programmeId: p2, decisionId: d2, body: raad, date: "2022-02-01", reference: r, summary: other }\n`,
      ),
    );
    expect(await importJournals({ store, clock }, [fine], { actor: 'test', dryRun: true })).toMatchObject({
      dryRun: true,
      events: 1,
    });
    expect(await countEvents(store)).toBe(2);
  });

  it('refuses recordedAt in the future or going back in time, naming the line', async () => {
    const store = createMemoryEventStore();
    const at = (t: string) =>
      `  - type: RecordPcMoment\n    data: { name: m-${t.slice(0, 4)}, kind: berap-1, year: 2021, at: "2021-05-01T00:00:00Z" }\n    recordedAt: "${t}"\n`;
    const future = await readJournal(
      write('future.yaml', `municipality: GM0118\nentries:\n${at('2030-01-01T00:00:00Z')}`),
    );
    await expect(importJournals({ store, clock }, [future], { actor: 'test' })).rejects.toThrow(
      /future\.yaml:3: entry 1: recordedAt .* is in the future/,
    );
    const back = await readJournal(
      write('back.yaml', `municipality: GM0118\nentries:\n${at('2022-01-01T00:00:00Z')}${at('2021-01-01T00:00:00Z')}`),
    );
    await expect(importJournals({ store, clock }, [back], { actor: 'test' })).rejects.toThrow(
      /back\.yaml:6: .*earlier than the entry on line 3/,
    );
    expect(await countEvents(store)).toBe(0);
  });
});
