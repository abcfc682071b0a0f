// One programme that grows: Hoogeveen-like setup through the ledger (so every event is what the ledger
// decides), then realisations appended 500 per batch through the SQLite adapter, one a minute of
// transaction time from 2023-01-02, so as-of dates fall mid-history. The municipality has income,
// expenditure and a P&C moment ("berap-1-2023") to ask as-of by moment.
import { createLedger, programmeStreamId, scopedProgrammeKey, sequentialIds, steppingClock } from '@grip/ledger';
import { openSqliteEventStore } from '@grip/ledger/sqlite';
import { MEASURES, openProgrammeCommand, registerMeasureCommand, savingData } from '../write/events.mjs';

export const PROGRAMME = 'reads-bench';
export const MUNICIPALITY = 'GM0118';
const REALISED_FROM = Date.parse('2023-01-02T00:00:00Z');
const context = { actor: 'user:bench', tenant: MUNICIPALITY };
/** The programme's stream: opened through the ledger, so scoped to its municipality. */
const STREAM = programmeStreamId(scopedProgrammeKey(MUNICIPALITY, PROGRAMME));

export function openProgrammeStore(path) {
  const store = openSqliteEventStore({ path, synchronous: 'NORMAL' });
  const ledger = createLedger({
    store,
    clock: steppingClock('2022-01-03T09:00:00Z', 1000),
    ids: sequentialIds('setup'),
  });
  let realised = 0;
  const must = async (command) => {
    const r = await ledger.execute(command, context);
    if (!r.ok) throw new Error(`${command.type}: ${r.error.message}`);
  };
  return {
    store,
    /** Opens the programme and its municipality's figures: about 70 events. */
    async setUp() {
      await must(openProgrammeCommand(PROGRAMME));
      await must({
        type: 'RecordDecision',
        data: {
          programmeId: PROGRAMME,
          decisionId: 'raad-1',
          body: 'raad',
          date: '2022-01-01',
          reference: 'r',
          summary: 's',
        },
      });
      for (let m = 0; m < MEASURES; m++) {
        await must(registerMeasureCommand(PROGRAMME, m));
        await must({
          type: 'ReviseMeasurePlan',
          data: {
            programmeId: PROGRAMME,
            measureId: `m${m}`,
            decisionId: 'raad-1',
            lines: [{ year: 2022 + (m % 4), amount: String(10_000 + m * 100), nature: 'structural' }],
          },
        });
      }
      for (const year of [2022, 2023, 2024, 2025]) {
        await must({ type: 'RecordIncome', data: { year, source: 'buig', amount: '20000000', basis: 'realised' } });
        await must({
          type: 'RecordExpenditure',
          data: { year, line: { kind: 'overhead' }, amount: '18000000', basis: 'realised' },
        });
      }
      await must({
        type: 'RecordPcMoment',
        data: { name: 'berap-1-2023', kind: 'berap-1', year: 2023, at: '2023-01-20T00:00:00Z' },
      });
    },
    /** Appends realisations until the programme's stream holds `events` events. */
    async growTo(events) {
      const current = (await store.streamRevision(STREAM)) + 1;
      for (let revision = current; revision < events;) {
        const n = Math.min(500, events - revision);
        const batch = Array.from({ length: n }, (_, i) => {
          const k = realised + i;
          return {
            type: 'SavingRealised',
            version: 1,
            data: savingData(k),
            metadata: {
              eventId: `r-${k}`,
              tenant: MUNICIPALITY,
              actor: 'user:bench',
              recordedAt: new Date(REALISED_FROM + k * 60_000).toISOString(),
              correlationId: `r-${k}`,
              causationId: null,
            },
          };
        });
        await store.append(STREAM, batch, revision - 1);
        realised += n;
        revision += n;
      }
    },
    /** A transaction time in the middle of the realisations so far. */
    midway: () => new Date(REALISED_FROM + Math.floor(realised / 2) * 60_000).toISOString(),
    /** A transaction time at a random realisation so far (to the second: hardly ever the same twice). */
    anyMoment: () => new Date(REALISED_FROM + Math.floor(Math.random() * realised * 60) * 1000).toISOString(),
  };
}
