import { expect } from 'vitest';
import { hoogeveenMeasureId, hoogeveenPlan } from '@grip/ledger/testing';
import { PROGRAMME, type TestApi } from './test-api.js';

export const P = `/api/v1/programmes/${PROGRAMME}`;
const { decision, target, tranches, investment } = hoogeveenPlan;

const ok = async (pending: PromiseLike<{ status: number; body: unknown; headers: Record<string, string> }>) => {
  const res = await pending;
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  return res;
};

/**
 * Hoogeveen's programme plan 2022-2025 through the API, derived from the ledger's one Hoogeveen source
 * (`hoogeveenPlan`, seed 002, lines 736-765): tranches of 250.000 / 500.000 / 1.000.000 / 150.000, one
 * measure per domain and €350.000 a year incidental costs.
 */
export async function seedHoogeveen(api: TestApi): Promise<void> {
  const editor = api.as('editor');
  await ok(
    editor.post('/api/v1/programmes').send({
      programmeId: PROGRAMME,
      title: hoogeveenPlan.title,
      period: hoogeveenPlan.period,
      domains: hoogeveenPlan.domains.map(({ code, name }) => ({ code, name })),
      categories: hoogeveenPlan.categories,
      reason: 'Programmaplan',
      source: { document: '002_1c00f9e54d73cefc.txt', location: 'lines 736-765' },
    }),
  );
  await ok(editor.post(`${P}/decisions`).send(decision));
  await ok(
    editor.post(`${P}/targets`).send({
      targetId: target.targetId,
      scope: { level: 'programme' },
      amount: target.amount,
      timing: { kind: 'structural', fromYear: target.fromYear },
      decisionId: decision.decisionId,
    }),
  );
  const plan = await ok(editor.get(P));
  await ok(
    editor
      .put(`${P}/plan`)
      .set('If-Match', plan.headers['etag']!)
      .send({
        decisionId: decision.decisionId,
        lines: tranches.map(({ year, amount }) => ({ year, amount, nature: 'structural' })),
      }),
  );
  for (const { code, name, planned } of hoogeveenPlan.domains) {
    const measureId = hoogeveenMeasureId(code);
    const registered = await ok(
      editor.post(`${P}/measures`).send({
        measureId,
        code,
        title: `Besparing ${name}`,
        domain: code,
        category: hoogeveenPlan.measureCategory,
        owner: hoogeveenPlan.measureOwner,
      }),
    );
    await ok(
      editor
        .put(`${P}/measures/${measureId}/plan`)
        .set('If-Match', registered.headers['etag']!)
        .send({
          decisionId: decision.decisionId,
          lines: [{ year: hoogeveenPlan.period.lastYear, amount: planned, nature: 'structural' }],
        }),
    );
  }
  for (const year of investment.years) {
    await ok(
      editor.post(`${P}/costs/commitments`).send({
        costId: investment.costId,
        measureId: null,
        year,
        amount: investment.amount,
        nature: 'incidental',
        kind: 'programme-organisation',
      }),
    );
  }
}
