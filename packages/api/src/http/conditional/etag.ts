import { httpProblem } from '../problem/http-problem.js';

/** ETags are the stream's revision, strong, e.g. "12"; "-1" is a stream with no events yet. */
export const etagOf = (revision: number): string => `"${revision}"`;

/** What a write may expect of its stream after If-Match was evaluated. */
export type Precondition = { readonly sent: boolean; readonly expectedRevision?: number | 'no-stream' };

const TAG = /^(W\/)?"([^"]*)"$/;

function parseTags(header: string): Array<{ weak: boolean; value: string }> {
  return header.split(',').map((part) => {
    const match = TAG.exec(part.trim());
    if (!match)
      throw httpProblem('INVALID_REQUEST', `If-Match must be "*" or a list of entity tags such as "12"`, {
        issues: [{ path: 'If-Match', message: 'malformed entity tag' }],
      });
    return { weak: match[1] !== undefined, value: match[2]! };
  });
}

/**
 * RFC 9110 If-Match with strong comparison. A single tag is handed to the ledger as the expected
 * revision, so the check is atomic with the append and an idempotent retry is recognised before it
 * (a replay answers as the original even when the stream has moved on). Lists and "*" are checked
 * here and pin the current revision. `required` routes answer 428 without the header.
 */
export function evaluateIfMatch(header: string | undefined, currentRevision: number, required: boolean): Precondition {
  if (header === undefined || header.trim() === '') {
    if (required)
      throw httpProblem(
        'PRECONDITION_REQUIRED',
        'this write replaces or corrects recorded data: send If-Match with the ETag you read',
        {},
        { ETag: etagOf(currentRevision) },
      );
    return { sent: false };
  }
  const failed = () =>
    httpProblem(
      'PRECONDITION_FAILED',
      `the stream is at revision ${currentRevision}; If-Match was ${header}`,
      {},
      { ETag: etagOf(currentRevision) },
    );
  if (header.trim() === '*') {
    if (currentRevision < 0) throw failed();
    return { sent: true };
  }
  const revisions = parseTags(header)
    .filter((tag) => !tag.weak && /^(-1|0|[1-9]\d{0,14})$/.test(tag.value))
    .map((tag) => Number(tag.value));
  if (revisions.length === 0) throw failed();
  const pinned = revisions.length === 1 ? revisions[0]! : revisions.includes(currentRevision) ? currentRevision : null;
  if (pinned === null) throw failed();
  return { sent: true, expectedRevision: pinned < 0 ? 'no-stream' : pinned };
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** Idempotency-Key: 1-200 visible ASCII characters (the ledger keeps it in event metadata). */
export function parseIdempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(header)) {
    throw httpProblem('INVALID_REQUEST', 'Idempotency-Key must be 1-200 visible ASCII characters', {
      issues: [{ path: 'Idempotency-Key', message: 'malformed' }],
    });
  }
  return header;
}
