import { describe, expect, it } from 'vitest';
import { pcMomentRecorded } from './pc-moment-recorded.js';

const moment = { name: 'voortgang-q2-2022', year: 2022, at: '2022-07-01T00:00:00Z' };

describe('P&C moments beyond the six standard kinds', () => {
  it('given a programme document kind with a label, accepts it', () => {
    const parsed = pcMomentRecorded.schema.safeParse({
      ...moment,
      kind: 'voortgangsrapportage',
      label: 'Voortgangsrapportage Q2 2022',
    });
    expect(parsed.success).toBe(true);
  });

  it('given another kind without a label, refuses it, naming the label', () => {
    const parsed = pcMomentRecorded.schema.safeParse({ ...moment, kind: 'uitvoeringsplan' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['label', 'a moment of another kind than the six standard ones needs a label saying what it is'],
    ]);
  });

  it('keeps loading the standard kinds as recorded before, with or without a label', () => {
    for (const kind of ['begroting', 'voorjaarsnota', 'kadernota', 'berap-1', 'berap-2', 'jaarrekening'])
      expect(pcMomentRecorded.schema.safeParse({ ...moment, kind }).success).toBe(true);
  });

  it('refuses a kind that is not a lower-case word', () => {
    expect(pcMomentRecorded.schema.safeParse({ ...moment, kind: 'Eind Rapport', label: 'x' }).success).toBe(false);
  });
});
