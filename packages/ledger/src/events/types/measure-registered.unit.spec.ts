import { describe, expect, it } from 'vitest';
import { exampleMetadata as metadata, v1Examples } from '../__fixtures__/event-examples.js';
import { parseEvent } from '../parse-event.js';

describe('MeasureRegistered versions', () => {
  it('reads a version-1 measure as version 2 without a parent', () => {
    const outcome = parseEvent({ type: 'MeasureRegistered', version: 1, data: v1Examples.MeasureRegistered, metadata });
    expect(outcome).toMatchObject({ ok: true, event: { version: 2, data: v1Examples.MeasureRegistered } });
    expect(outcome.ok && 'parentMeasureId' in outcome.event.data).toBe(false);
  });

  it('reads a version-2 sub-measure with its parent', () => {
    const data = { ...v1Examples.MeasureRegistered, measureId: 'a1', parentMeasureId: 'm' };
    expect(parseEvent({ type: 'MeasureRegistered', version: 2, data, metadata })).toMatchObject({
      ok: true,
      event: { version: 2, data: { parentMeasureId: 'm' } },
    });
  });
});
