import type { RequestHandler } from 'express';
import type { z } from 'zod';
import type { MaintainedModels, ProjectionQueries, SnapshotSource } from '@grip/projections';
import type { Grip } from '../../app/open-grip.js';
import type { Role } from '../../auth/principal.js';
import type { GripMetrics } from '../observability/metrics.js';

export type JsonSchema = Record<string, unknown>;

/** What the HTTP layer reads the latest state from: the runner's maintained models (and its snapshots). */
export type ReadSide = {
  readonly models: MaintainedModels;
  /** The runner's snapshots: as-of queries fold only the events after the nearest one. */
  readonly snapshots?: SnapshotSource;
  /** How long a query waits for the read models to reach the asked position before answering 503. */
  readonly waitMs: number;
  /** The read-model file the models come from (shown by /health; a rebuild swapped in changes it). */
  readonly file?: () => string;
};
export type HttpMethod = 'get' | 'post' | 'put' | 'delete';

/** Who may call an operation: a minimum role, or anyone (health, metrics, the API description). */
export type Access = Role | 'public';

export type ResponseDoc = {
  readonly description: string;
  readonly schema?: JsonSchema;
  /** An example body of the JSON answer. */
  readonly example?: unknown;
  /** Defaults to application/json. */
  readonly contentTypes?: readonly string[];
};

/**
 * One HTTP operation: how express runs it and how OpenAPI and the docs page describe it. Routes are
 * only ever registered from these, so the API description cannot miss a route or invent one.
 */
export type Operation = {
  readonly method: HttpMethod;
  /** Express path, absolute: /api/v1/programmes/:programmeId */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tag: string;
  readonly access: Access;
  readonly query?: z.ZodObject;
  readonly body?: { readonly schema: JsonSchema; readonly example?: unknown };
  readonly ifMatch?: 'required' | 'optional';
  readonly idempotencyKey?: boolean;
  /** A read of the latest state: takes Grip-Min-Position / minPosition (read-your-writes). */
  readonly reads?: boolean;
  /** Answers CSV and XLSX too (Accept, or ?format=csv / ?format=xlsx). */
  readonly csv?: boolean;
  readonly responses: Readonly<Record<number, ResponseDoc>>;
  readonly handler: RequestHandler;
};

/** What route modules are built from. */
export type RouteDeps = {
  readonly grip: Grip;
  readonly queries: ProjectionQueries;
  readonly metrics: GripMetrics;
  /** The runner's maintained models, when the app reads from them (the server, the API tests). */
  readonly reads?: ReadSide;
};

export const API_PREFIX = '/api/v1';
