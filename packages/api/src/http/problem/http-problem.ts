import type { Response } from 'express';
import type { LedgerError } from '@grip/ledger';
import {
  DOMAIN_PROBLEM_STATUS,
  HTTP_PROBLEM_STATUS,
  problemTitle,
  problemTypeUri,
  STORE_PROBLEM_STATUS,
  type HttpProblemCode,
  type ProblemCode,
} from './problem-types.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** One entry of a 400's `issues`: where in the input, and what is wrong with it. */
export type ProblemIssue = { readonly path: string; readonly message: string };

/** RFC 9457 problem details, plus `code` (the ledger's error code) and optional extension members. */
export type ProblemBody = {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: ProblemCode;
  readonly instance?: string;
  readonly issues?: readonly ProblemIssue[];
  readonly [extension: string]: unknown;
};

/** Thrown anywhere in a handler; the error middleware turns it into problem+json. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    detail: string,
    readonly extensions: Readonly<Record<string, unknown>> = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }

  body(instance?: string): ProblemBody {
    return {
      ...this.extensions,
      type: problemTypeUri(this.code),
      title: problemTitle(this.code),
      status: this.status,
      detail: this.message,
      code: this.code,
      ...(instance !== undefined && { instance }),
    };
  }
}

export const httpProblem = (
  code: HttpProblemCode,
  detail: string,
  extensions?: Record<string, unknown>,
  headers?: Record<string, string>,
): HttpProblem => new HttpProblem(HTTP_PROBLEM_STATUS[code], code, detail, extensions, headers);

export const invalidRequest = (issues: readonly ProblemIssue[]): HttpProblem =>
  new HttpProblem(400, 'INVALID_REQUEST', issues.map((i) => `${i.path || '(body)'}: ${i.message}`).join('; '), {
    issues,
  });

/** Details of a ledger error worth showing the client; store internals (hashes, positions) are not. */
function ledgerExtensions(error: LedgerError): Record<string, unknown> {
  if (error.kind === 'domain') {
    const { issues, ...details } = (error.details ?? {}) as {
      issues?: Array<{ path: string[]; message: string }>;
    } & Record<string, unknown>;
    return issues
      ? { ...details, issues: issues.map((i) => ({ path: i.path.join('.'), message: i.message })) }
      : details;
  }
  if (error.code === 'CONCURRENCY_CONFLICT')
    return { streamId: error.streamId, expected: error.expected, actual: error.actual };
  if (error.code === 'IDEMPOTENCY_KEY_REUSED') return { key: error.key };
  return {};
}

export function ledgerProblem(error: LedgerError, options: { ifMatchSent: boolean }): HttpProblem {
  if (error.kind === 'store' && error.code === 'CONCURRENCY_CONFLICT' && options.ifMatchSent) {
    const actual = error.actual === null ? -1 : error.actual;
    return new HttpProblem(
      412,
      'PRECONDITION_FAILED',
      `If-Match did not match: ${error.message}`,
      ledgerExtensions(error),
      { ETag: `"${actual}"` },
    );
  }
  const status = error.kind === 'domain' ? DOMAIN_PROBLEM_STATUS[error.code] : STORE_PROBLEM_STATUS[error.code];
  // Store failures may carry file paths or hashes: say what happened, not where.
  const detail =
    error.kind === 'store' && status >= 500 ? 'the event store could not complete the request' : error.message;
  return new HttpProblem(status, error.code, detail, ledgerExtensions(error));
}

export function sendProblem(res: Response, problem: HttpProblem, instance?: string): void {
  for (const [name, value] of Object.entries(problem.headers)) res.setHeader(name, value);
  res
    .status(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(problem.body(instance)));
}
