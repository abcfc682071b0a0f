import { defineEvent } from '../define-event.js';
import { costLineSchema } from './cost-schemas.js';

/** A cost (last) budgeted or committed: invoeringskosten, staff, programme organisation. */
export const costCommitted = defineEvent({
  type: 'CostCommitted',
  streams: ['programme'],
  correctable: true,
  schema: costLineSchema,
});
