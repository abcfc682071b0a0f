/**
 * Every way a command can be refused. The codes are stable: the API turns each into a problem type
 * URI, and clients may switch on them.
 */
export const DOMAIN_ERROR_CODES = [
  'VALIDATION_FAILED',
  'PROGRAMME_NOT_FOUND',
  'PROGRAMME_ALREADY_OPENED',
  'INVALID_PERIOD',
  'TENANT_MISMATCH',
  'MUNICIPALITY_NOT_LISTED',
  'YEAR_OUTSIDE_PERIOD',
  'UNKNOWN_DOMAIN',
  'UNKNOWN_CATEGORY',
  'DUPLICATE_CODE',
  'MEASURE_NOT_FOUND',
  'MEASURE_ALREADY_REGISTERED',
  'MEASURE_CODE_TAKEN',
  'MEASURE_STOPPED',
  'MEASURE_NESTING_TOO_DEEP',
  'MEASURE_HAS_OWN_FIGURES',
  'MEASURE_HAS_SUB_MEASURES',
  'DECISION_NOT_FOUND',
  'DECISION_ALREADY_RECORDED',
  'TARGET_NOT_FOUND',
  'TARGET_ALREADY_SET',
  'DUPLICATE_PLAN_LINE',
  'AMOUNT_OUT_OF_RANGE',
  'COST_KIND_MISMATCH',
  'UNKNOWN_TAAKVELD',
  'INCOME_SOURCE_OVERLAP',
  'STATED_TOTAL_ALREADY_RECORDED',
  'FIGURE_NOT_FOR_STREAM',
  'PC_MOMENT_ALREADY_RECORDED',
  'CORRECTION_TARGET_NOT_FOUND',
  'CORRECTION_TARGET_NOT_CORRECTABLE',
  'CORRECTION_REPLACEMENT_INVALID',
  'CORRECTION_CHANGES_NOTHING',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export type DomainError = {
  readonly kind: 'domain';
  readonly code: DomainErrorCode;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
};

export const domainError = (code: DomainErrorCode, message: string, details?: Record<string, unknown>): DomainError =>
  details ? { kind: 'domain', code, message, details } : { kind: 'domain', code, message };
