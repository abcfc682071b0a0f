import { z } from 'zod';

/** Request header: answer only from read models that include this position (read-your-writes). */
export const MIN_POSITION_HEADER = 'Grip-Min-Position';
/** Response header: on a command, the position it was written at; on a query, the read models' position. */
export const POSITION_HEADER = 'Grip-Position';

export const minPositionSchema = z
  .string()
  .min(1)
  .max(100)
  .describe(
    `Answer only once the read models include this position (the \`position\` of a command's response, or its ${POSITION_HEADER} header); the same as the ${MIN_POSITION_HEADER} header. Waits a bounded time, then 503 with Retry-After.`,
  );
