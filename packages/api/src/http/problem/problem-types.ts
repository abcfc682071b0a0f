import type { DomainErrorCode, StoreErrorCode } from '@grip/ledger';

/**
 * Every problem `type` is this base plus the error code in kebab case, e.g.
 * https://grip.example/problems/measure-code-taken. The URIs are identifiers, stable across releases;
 * they are documented in the README and need not resolve.
 */
export const PROBLEM_BASE = 'https://grip.example/problems/';

/** Problems the HTTP layer raises itself, next to the ledger's domain and store codes. */
export const HTTP_PROBLEM_STATUS = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  MUNICIPALITY_NOT_FOUND: 404,
  KEY_NOT_FOUND: 404,
  MALFORMED_JSON: 400,
  INVALID_REQUEST: 400,
  UNKNOWN_PC_MOMENT: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  PRECONDITION_FAILED: 412,
  PRECONDITION_REQUIRED: 428,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_ERROR: 500,
  /** A query asked for a position the read models did not reach in time (read-your-writes). */
  READ_MODEL_BEHIND: 503,
} as const;
export type HttpProblemCode = keyof typeof HTTP_PROBLEM_STATUS;

/**
 * A refused command's status: 404 when a thing named in the path is missing, 409 when it clashes with
 * what is already recorded, 422 when the request is well-formed but the rules refuse it.
 */
export const DOMAIN_PROBLEM_STATUS: Record<DomainErrorCode, number> = {
  VALIDATION_FAILED: 400,
  PROGRAMME_NOT_FOUND: 404,
  PROGRAMME_ALREADY_OPENED: 409,
  INVALID_PERIOD: 422,
  TENANT_MISMATCH: 404,
  MUNICIPALITY_NOT_LISTED: 422,
  YEAR_OUTSIDE_PERIOD: 422,
  UNKNOWN_DOMAIN: 422,
  UNKNOWN_CATEGORY: 422,
  DUPLICATE_CODE: 422,
  MEASURE_NOT_FOUND: 404,
  MEASURE_ALREADY_REGISTERED: 409,
  MEASURE_CODE_TAKEN: 409,
  MEASURE_STOPPED: 409,
  MEASURE_NESTING_TOO_DEEP: 422,
  MEASURE_HAS_OWN_FIGURES: 409,
  MEASURE_HAS_SUB_MEASURES: 409,
  DECISION_NOT_FOUND: 422,
  DECISION_ALREADY_RECORDED: 409,
  TARGET_NOT_FOUND: 404,
  TARGET_ALREADY_SET: 409,
  DUPLICATE_PLAN_LINE: 422,
  AMOUNT_OUT_OF_RANGE: 422,
  COST_KIND_MISMATCH: 409,
  UNKNOWN_TAAKVELD: 422,
  INCOME_SOURCE_OVERLAP: 409,
  STATED_TOTAL_ALREADY_RECORDED: 409,
  FIGURE_NOT_FOR_STREAM: 422,
  PC_MOMENT_ALREADY_RECORDED: 409,
  CORRECTION_TARGET_NOT_FOUND: 422,
  CORRECTION_TARGET_NOT_CORRECTABLE: 422,
  CORRECTION_REPLACEMENT_INVALID: 422,
  CORRECTION_CHANGES_NOTHING: 422,
};

/** CONCURRENCY_CONFLICT becomes 412 instead when the client sent If-Match (see command-handler). */
export const STORE_PROBLEM_STATUS: Record<StoreErrorCode, number> = {
  CONCURRENCY_CONFLICT: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_CONFLICT: 422,
  STORE_UNAVAILABLE: 503,
  STORE_CORRUPT: 500,
};

export type ProblemCode = HttpProblemCode | DomainErrorCode | StoreErrorCode;

export const problemTypeUri = (code: ProblemCode): string => PROBLEM_BASE + code.toLowerCase().replace(/_/g, '-');

/** "MEASURE_CODE_TAKEN" → "Measure code taken": a short, stable, human title per type. */
export const problemTitle = (code: ProblemCode): string => {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Every problem type the API can answer with, for the docs and the README. */
export function allProblemTypes(): Array<{ code: ProblemCode; type: string; status: number }> {
  const entries: Array<[ProblemCode, number]> = [
    ...(Object.entries(HTTP_PROBLEM_STATUS) as Array<[ProblemCode, number]>),
    ...(Object.entries(DOMAIN_PROBLEM_STATUS) as Array<[ProblemCode, number]>),
    ...(Object.entries(STORE_PROBLEM_STATUS) as Array<[ProblemCode, number]>),
  ];
  return entries.map(([code, status]) => ({ code, type: problemTypeUri(code), status }));
}
