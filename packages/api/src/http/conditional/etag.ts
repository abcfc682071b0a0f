import { httpProblem } from '../problem/http-problem.js';

/** ETags are the stream's revision, strong, e.g. "12"; "-1" is a stream with no events yet. */
export const etagOf = (revision: number): string => `"${revision}"`;

/** What a write may expect of its stream after If-Match was evaluated. */
export type Precondition = { readonly sent: boolean; readonly expectedRevision?: number | 'no-stream' };

const TAG = /^(W\/)?"([^"]*)"$/;

function parseTags(header: string): Array<{ weak: boolean; value: string }> {
  return header.split(',').map((part) => {
    const match = TAG.exec(part.trim());
    if (!match) throw httpProblem('INVALID_REQUEST', `If-Match must be "*" or a list of entity tags such as "12"`, { issues: [{ path: 'If-Match', message: 'malformed entity tag' }] });
    return { weak: match[1] !== undefined, value: match[2]! };
  });
}

/**
 * RFC 9110 If-Match with strong comparison. A matching tag pins the write to that revision, so a
 * concurrent write between this check and the append still fails (as 412). `required` routes answer
 * 428 without the header.
 */
export function evaluateIfMatch(header: string | undefined, currentRevision: number, required: boolean): Precondition {
  if (header === undefined || header.trim() === '') {
    if (required) throw httpProblem('PRECONDITION_REQUIRED', 'this write replaces or corrects recorded data: send If-Match with the ETag you read', {}, { ETag: etagOf(currentRevision) });
    return { sent: false };
  }
  const failed = () => httpProblem('PRECONDITION_FAILED', `the stream is at revision ${currentRevision}; If-Match was ${header}`, {}, { ETag: etagOf(currentRevision) });
  if (header.trim() === '*') {
    if (currentRevision < 0) throw failed();
    return { sent: true };
  }
  const matches = parseTags(header).some((tag) => !tag.weak && tag.value === String(currentRevision));
  if (!matches) throw failed();
  return { sent: true, expectedRevision: currentRevision < 0 ? 'no-stream' : currentRevision };
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** Idempotency-Key: 1-200 visible ASCII characters (the ledger keeps it in event metadata). */
export function parseIdempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(header)) {
    throw httpProblem('INVALID_REQUEST', 'Idempotency-Key must be 1-200 visible ASCII characters', { issues: [{ path: 'Idempotency-Key', message: 'malformed' }] });
  }
  return header;
}
