import { expect } from 'vitest';
import { PROGRAMME, type TestApi } from './test-api.js';

export const P = `/api/v1/programmes/${PROGRAMME}`;
const DECISION = 'raad-2022-programmaplan';
export const DOMAINS = [
  { code: 'PART', name: 'Participatie/SHV', planned: '€ 200.000' },
  { code: 'WMO', name: 'Wmo', planned: '€ 650.000' },
  { code: 'JEUGD', name: 'Jeugd', planned: '€ 450.000' },
  { code: 'BREED', name: 'Sociaal breed', planned: '€ 600.000' },
];

const ok = async (pending: PromiseLike<{ status: number; body: unknown; headers: Record<string, string> }>) => {
  const res = await pending;
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  return res;
};

/**
 * Hoogeveen's programme plan 2022-2025 (seed 002, lines 736-765) through the API: tranches of
 * 250.000 / 500.000 / 1.000.000 / 150.000, four domain measures and €350.000 a year incidental costs.
 */
export async function seedHoogeveen(api: TestApi): Promise<void> {
  const editor = api.as('editor');
  await ok(
    editor.post('/api/v1/programmes').send({
      programmeId: PROGRAMME,
      title: 'Herontwerp sociaal domein 2022-2025',
      period: { firstYear: 2022, lastYear: 2025 },
      domains: DOMAINS.map(({ code, name }) => ({ code, name })),
      categories: [{ code: 'beleidskeuze', name: 'Beleidskeuze' }],
      reason: 'Programmaplan',
      source: { document: '002_1c00f9e54d73cefc.txt', location: 'lines 736-765' },
    }),
  );
  await ok(
    editor.post(`${P}/decisions`).send({
      decisionId: DECISION,
      body: 'raad',
      date: '2022-02-24',
      reference: 'Programmaplan',
      summary: '€ 1,9 miljoen structureel',
    }),
  );
  await ok(
    editor.post(`${P}/targets`).send({
      targetId: 'taakstelling',
      scope: { level: 'programme' },
      amount: '€ 1.900.000',
      timing: { kind: 'structural', fromYear: 2025 },
      decisionId: DECISION,
    }),
  );
  const plan = await ok(editor.get(P));
  await ok(
    editor
      .put(`${P}/plan`)
      .set('If-Match', plan.headers['etag']!)
      .send({
        decisionId: DECISION,
        lines: [
          { year: 2022, amount: '€ 250.000', nature: 'structural' },
          { year: 2023, amount: '€ 500.000', nature: 'structural' },
          { year: 2024, amount: '1.000.000', nature: 'structural' },
          { year: 2025, amount: '€ 150.000', nature: 'structural' },
        ],
      }),
  );
  for (const { code, name, planned } of DOMAINS) {
    const measureId = `domein-${code.toLowerCase()}`;
    const registered = await ok(
      editor.post(`${P}/measures`).send({
        measureId,
        code,
        title: `Besparing ${name}`,
        domain: code,
        category: 'beleidskeuze',
        owner: 'Programmamanager',
      }),
    );
    await ok(
      editor
        .put(`${P}/measures/${measureId}/plan`)
        .set('If-Match', registered.headers['etag']!)
        .send({ decisionId: DECISION, lines: [{ year: 2025, amount: planned, nature: 'structural' }] }),
    );
  }
  for (const year of [2022, 2023, 2024, 2025]) {
    await ok(
      editor.post(`${P}/costs/commitments`).send({
        costId: 'invoeringskosten',
        measureId: null,
        year,
        amount: '€ 350.000',
        nature: 'incidental',
        kind: 'programme-organisation',
      }),
    );
  }
}
