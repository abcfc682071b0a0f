import { describe, expect, it } from 'vitest';
import { recordDecision } from '../../commands/programme/record-decision.js';
import { decisionRecorded } from './decision-recorded.js';

const decision = { decisionId: 'd', reference: 'Programmaplan', summary: 'vastgesteld' };

describe('decisions whose body or date the document does not give', () => {
  it('given an unknown date with the reason, records it as unknown', () => {
    const data = { ...decision, body: 'raad', date: 'unknown', unknownBecause: 'het document noemt geen besluitdatum' };
    expect(decisionRecorded.schema.safeParse(data).success).toBe(true);
    expect(recordDecision.schema.safeParse({ ...data, programmeId: 'p' }).success).toBe(true);
  });

  it('given an unknown body without a reason, refuses it, naming unknownBecause', () => {
    const parsed = recordDecision.schema.safeParse({
      ...decision,
      programmeId: 'p',
      body: 'unknown',
      date: '2022-01-18',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toEqual(['unknownBecause']);
  });

  it('keeps loading decisions recorded before, with a body and a date', () => {
    expect(decisionRecorded.schema.safeParse({ ...decision, body: 'college', date: '2022-01-18' }).success).toBe(true);
    expect(decisionRecorded.schema.safeParse({ ...decision, body: 'college', date: '18-01-2022' }).success).toBe(false);
  });
});
