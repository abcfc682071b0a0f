import { municipalityOfStream } from '@grip/ledger';
import { factsInOrder, type FactOf, type StreamState } from './facts.js';

export type MunicipalityModel = {
  readonly municipality: string;
  readonly income: readonly FactOf<'income'>[];
  readonly expenditure: readonly FactOf<'expenditure'>[];
  readonly moments: readonly FactOf<'moment'>[];
  readonly stated: readonly FactOf<'stated'>[];
};

export function municipalityModel(state: StreamState): MunicipalityModel {
  const income: FactOf<'income'>[] = [];
  const expenditure: FactOf<'expenditure'>[] = [];
  const moments: FactOf<'moment'>[] = [];
  const stated: FactOf<'stated'>[] = [];
  for (const { value: v } of factsInOrder(state)) {
    if (v.k === 'income') income.push(v);
    else if (v.k === 'expenditure') expenditure.push(v);
    else if (v.k === 'moment') moments.push(v);
    else if (v.k === 'stated') stated.push(v);
  }
  return { municipality: municipalityOfStream(state.streamId), income, expenditure, moments, stated };
}
