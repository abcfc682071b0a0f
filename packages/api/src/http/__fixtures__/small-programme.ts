import type { TestApi } from './test-api.js';

/**
 * Given a small programme (one domain WMO, one category bk) opened by an editor, with council decision
 * d-1 recorded: the start of tests that need a programme but none of Hoogeveen's history.
 */
export async function openSmallProgramme(
  api: TestApi,
  programmeId: string,
  title: string,
  period: { firstYear: number; lastYear: number },
): Promise<void> {
  const editor = api.as('editor');
  await editor
    .post('/api/v1/programmes')
    .send({
      programmeId,
      title,
      period,
      domains: [{ code: 'WMO', name: 'Wmo' }],
      categories: [{ code: 'bk', name: 'beleidskeuze' }],
      reason: 'test',
    })
    .expect(201);
  await editor
    .post(`/api/v1/programmes/${programmeId}/decisions`)
    .send({ decisionId: 'd-1', body: 'raad', date: '2023-01-01', reference: 'r', summary: 's' })
    .expect(201);
}
