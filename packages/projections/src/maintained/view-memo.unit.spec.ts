import { describe, expect, it } from 'vitest';
import { viewOf, viewOfAll } from './view-memo.js';

describe('views memoised per model object', () => {
  it('computes a view once per model, and again for a new model', () => {
    let computed = 0;
    const compute = (m: { n: number }) => (computed++, m.n * 2);
    const model = { n: 2 };
    expect([viewOf(model, 'double', compute), viewOf(model, 'double', compute)]).toEqual([4, 4]);
    expect(viewOf({ n: 3 }, 'double', compute)).toBe(6);
    expect(computed).toBe(2);
  });

  it('keeps a view of several models only while every one of them is the same object', () => {
    let computed = 0;
    const municipality = {};
    const [a, b] = [{ id: 'a' }, { id: 'b' }];
    const view = (parts: object[]) => viewOfAll(municipality, parts, 'balance', () => ++computed);
    expect(view([a, b])).toBe(1);
    expect(view([a, b])).toBe(1);
    // Given programme b's model replaced by the runner, when asked again, then it is computed again.
    expect(view([a, { id: 'b' }])).toBe(2);
    // A programme opened since: one more part.
    expect(view([a, b, { id: 'c' }])).toBe(3);
  });
});
