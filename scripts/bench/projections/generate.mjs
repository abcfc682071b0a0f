// Synthetic national data set: 342 municipalities, each with a municipality stream (income and
// expenditure per year, P&C moments) and two savings programmes whose measures are planned, revised,
// realised, costed, coloured and now and then corrected. Deterministic (seeded), interleaved in time
// like a real national store, returned as serialized StoredEvent lines (what a store keeps on disk).
// Stream ids come from @grip/ledger: programme streams are scoped per municipality (docs/programme-ids.md).
import { municipalityStreamId, programmeStreamId, scopedProgrammeKey } from '@grip/ledger';

const MUNICIPALITIES = 342;
const YEARS = [2022, 2023, 2024, 2025];
const TAAKVELDEN = ['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.71', '6.72', '6.81', '6.82'];
const HASH = '0'.repeat(64);

/** mulberry32: a tiny seeded generator so every run builds the same data set. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate({ events: target, measuresPerProgramme = 40, seed = 42 }) {
  const rnd = random(seed);
  const int = (n) => Math.floor(rnd() * n);
  const lines = [];
  const revisions = new Map();
  const start = Date.parse('2022-01-03T08:00:00Z');
  const recent = new Map(); // streamId -> recent SavingRealised events, for corrections
  const emit = (streamId, type, data, tenant) => {
    const revision = (revisions.get(streamId) ?? -1) + 1;
    revisions.set(streamId, revision);
    const seq = lines.length + 1;
    const eventId = `e${seq.toString(36)}`;
    const metadata = {
      eventId,
      tenant,
      actor: 'user:controller',
      recordedAt: new Date(start + seq * 1000).toISOString(),
      correlationId: `c${seq.toString(36)}`,
      causationId: null,
      reason: 'voortgangsrapportage',
    };
    lines.push(
      JSON.stringify({
        streamId,
        revision,
        position: String(seq).padStart(12, '0'),
        type,
        version: 1,
        data,
        metadata,
        hash: HASH,
        previousHash: HASH,
      }),
    );
    return eventId;
  };
  const gm = (i) => `GM${String(i + 1).padStart(4, '0')}`;
  const programmes = [];
  // Opening round: programmes, measures, plans, targets; municipality balance rows.
  for (let i = 0; i < MUNICIPALITIES; i++) {
    const tenant = gm(i);
    const ms = municipalityStreamId(tenant);
    for (const year of [2019, 2020, 2021, 2022]) {
      for (const source of ['gemeentefonds-sociaal-domein', 'buig', 'overige-baten'])
        emit(
          ms,
          'IncomeRecorded',
          { year, source, amount: String(1_000_000 + int(90_000_000)), basis: 'realised' },
          tenant,
        );
      for (const code of TAAKVELDEN)
        emit(
          ms,
          'ExpenditureRecorded',
          { year, line: { kind: 'taakveld', code }, amount: String(100_000 + int(40_000_000)), basis: 'realised' },
          tenant,
        );
      emit(
        ms,
        'ExpenditureRecorded',
        { year, line: { kind: 'overhead' }, amount: String(1_000_000 + int(4_000_000)), basis: 'realised' },
        tenant,
      );
    }
    emit(
      ms,
      'PcMomentRecorded',
      { name: 'begroting-2022', kind: 'begroting', year: 2022, at: '2022-01-01T00:00:00Z' },
      tenant,
    );
    for (let p = 0; p < 2; p++) {
      const programmeId = `${tenant.toLowerCase()}-p${p}`;
      const programmeKey = scopedProgrammeKey(tenant, programmeId);
      const s = programmeStreamId(programmeKey);
      programmes.push({ s, tenant, programmeId, programmeKey });
      emit(
        s,
        'ProgrammeOpened',
        {
          programmeId,
          municipality: tenant,
          title: `Programma ${p}`,
          period: { firstYear: 2022, lastYear: 2025 },
          domains: ['Wmo', 'Jeugd', 'Participatie', 'Sociaal breed'].map((name, k) => ({ code: `D${k}`, name })),
          categories: [
            { code: 'beleid', name: 'beleidskeuze' },
            { code: 'bedrijf', name: 'bedrijfsvoering' },
          ],
        },
        tenant,
      );
      emit(
        s,
        'DecisionRecorded',
        { decisionId: 'raad-1', body: 'raad', date: '2021-11-11', reference: 'RB 1', summary: 'Programmaplan' },
        tenant,
      );
      emit(
        s,
        'TargetSet',
        {
          targetId: 't1',
          scope: { level: 'programme' },
          amount: '2000000',
          timing: { kind: 'structural', fromYear: 2025 },
          decisionId: 'raad-1',
        },
        tenant,
      );
      emit(
        s,
        'ProgrammePlanRevised',
        {
          decisionId: 'raad-1',
          lines: YEARS.map((year) => ({ year, amount: String(250_000 + int(500_000)), nature: 'structural' })),
        },
        tenant,
      );
      for (let m = 0; m < measuresPerProgramme; m++) {
        emit(
          s,
          'MeasureRegistered',
          {
            measureId: `m${m}`,
            code: `M ${m}`,
            title: `Maatregel ${m}`,
            domain: `D${m % 4}`,
            category: m % 3 ? 'beleid' : 'bedrijf',
            owner: 'team',
          },
          tenant,
        );
        emit(
          s,
          'MeasurePlanRevised',
          {
            measureId: `m${m}`,
            decisionId: 'raad-1',
            lines: [
              { year: YEARS[m % 4], amount: m % 17 === 0 ? 'PM' : String(10_000 + int(90_000)), nature: 'structural' },
            ],
          },
          tenant,
        );
      }
    }
  }
  // Reporting rounds until the target is reached: realisations, costs, statuses, revisions, corrections.
  for (let round = 0; lines.length < target; round++) {
    const year = YEARS[Math.min(3, Math.floor(round / 8))];
    for (const { s, tenant } of programmes) {
      if (lines.length >= target) break;
      for (let k = 0; k < 10 && lines.length < target; k++) {
        const m = `m${int(measuresPerProgramme)}`;
        const dice = rnd();
        if (dice < 0.55) {
          const id = emit(
            s,
            'SavingRealised',
            { measureId: m, year, amount: rnd() < 0.05 ? 'not-attributable' : String(int(100_000)) },
            tenant,
          );
          recent.set(s, { id, measureId: m, year });
        } else if (dice < 0.7)
          emit(
            s,
            'CostCommitted',
            {
              costId: `k${int(5)}`,
              measureId: rnd() < 0.3 ? null : m,
              year,
              amount: String(int(50_000)),
              nature: rnd() < 0.5 ? 'incidental' : 'structural',
              kind: 'other',
            },
            tenant,
          );
        else if (dice < 0.8)
          emit(
            s,
            'CostRealised',
            {
              costId: `k${int(5)}`,
              measureId: m,
              year,
              amount: String(int(50_000)),
              nature: 'incidental',
              kind: 'other',
            },
            tenant,
          );
        else if (dice < 0.9)
          emit(
            s,
            'MeasureStatusChanged',
            { measureId: m, rag: ['groen', 'oranje', 'rood'][int(3)], effectiveDate: `${year}-06-01` },
            tenant,
          );
        else if (dice < 0.99)
          emit(
            s,
            'MeasurePlanRevised',
            {
              measureId: m,
              decisionId: 'raad-1',
              lines: [{ year, amount: String(10_000 + int(90_000)), nature: 'structural' }],
            },
            tenant,
          );
        else if (recent.has(s)) {
          const r = recent.get(s);
          emit(
            s,
            'EntryCorrected',
            {
              correctedEventId: r.id,
              correctedType: 'SavingRealised',
              replacement: { measureId: r.measureId, year: r.year, amount: String(int(100_000)) },
              explanation: 'tikfout',
            },
            tenant,
          );
        }
      }
    }
  }
  return { lines, programmes };
}
