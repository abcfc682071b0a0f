import { defineEvent } from '../define-event.js';
import { costLineSchema } from './cost-schemas.js';

/** A cost actually incurred in a budget year, as reported. */
export const costRealised = defineEvent({
  type: 'CostRealised',
  streams: ['programme'],
  correctable: true,
  schema: costLineSchema,
});
