import { actorOf } from '../../auth/principal.js';
import { principalOf } from '../auth/middleware.js';
import type { CommandType } from '@grip/ledger';
import { etagOf, evaluateIfMatch, parseIdempotencyKey } from '../conditional/etag.js';
import { ledgerProblem } from '../problem/http-problem.js';
import { commandBodyJsonSchema } from '../openapi/command-schemas.js';
import { commandExample } from '../openapi/command-examples.js';
import { outcomeSchema, problemResponses } from '../openapi/response-schemas.js';
import { commandKeys, envelopeNamesFor, parseCommandBody } from '../validation/command-body.js';
import { commandTarget, type TargetKind } from './command-target.js';
import { askedMunicipality, heldIn, holdersOnly } from './programme-access.js';
import type { Operation, RouteDeps } from '../operation/operation.js';
import { POSITION_HEADER } from '../operation/read-position-headers.js';

export type CommandRouteSpec = {
  readonly method: 'post' | 'put';
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tag: string;
  readonly command: CommandType;
  readonly target: TargetKind;
  /** 'required' where the write replaces or corrects what the client has seen (428 without it). */
  readonly ifMatch: 'required' | 'optional';
};

const pathParamNames = (path: string): string[] => [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);

/**
 * A command route: the body is the command's data (parsed by the command's own schema), the actor is
 * the authenticated key, If-Match pins the stream revision and Idempotency-Key makes retries no-ops.
 * The answer carries the new revision as ETag; a replayed retry answers exactly as the original did.
 */
export function commandRoute(spec: CommandRouteSpec, deps: RouteDeps): Operation {
  const names = envelopeNamesFor(spec.command, spec.target === 'new-programme');
  const params = pathParamNames(spec.path);
  // Path parameters that are command fields (programmeId, measureId, targetId) go into the data;
  // the municipality code only picks the stream.
  const dataParams = params.filter((p) => commandKeys(spec.command).includes(p));
  return {
    method: spec.method,
    path: spec.path,
    operationId: spec.operationId,
    summary: spec.summary,
    description: spec.description ?? `Records the ledger command ${spec.command}.`,
    tag: spec.tag,
    access: 'editor',
    body: {
      schema: commandBodyJsonSchema(spec.command, dataParams, names),
      example: commandExample(spec.command, dataParams, names),
    },
    ifMatch: spec.ifMatch,
    idempotencyKey: true,
    responses: {
      [spec.method === 'put' ? 200 : 201]: {
        description: 'Recorded. ETag is the stream revision after the write.',
        schema: outcomeSchema,
      },
      ...problemResponses(
        400,
        401,
        403,
        404,
        409,
        412,
        413,
        415,
        422,
        429,
        ...(spec.ifMatch === 'required' ? [428] : []),
      ),
    },
    handler: async (req, res) => {
      const principal = principalOf(res);
      const held = heldIn(deps.reads?.models);
      const holders = held && holdersOnly(held);
      const pathValues = Object.fromEntries(params.map((p) => [p, String(req.params[p])]));
      // A programme in another municipality is "not found" before its body is even looked at.
      const early =
        spec.target === 'new-programme'
          ? null
          : await commandTarget(
              deps.grip,
              spec.target,
              pathValues,
              principal,
              undefined,
              askedMunicipality(req),
              holders,
            );
      const body = parseCommandBody(
        req,
        spec.command,
        names,
        Object.fromEntries(dataParams.map((p) => [p, pathValues[p]!])),
      );
      const target = early ?? (await commandTarget(deps.grip, spec.target, pathValues, principal, body));
      const precondition = evaluateIfMatch(req.get('if-match'), target.revision, spec.ifMatch === 'required');
      const idempotencyKey = parseIdempotencyKey(req.get('idempotency-key'));
      const result = await deps.grip.ledger.executeUnknown(
        // The body was checked for unknown fields only; the ledger parses it with the command schema.
        { type: spec.command, data: body.data },
        {
          actor: actorOf(principal),
          tenant: target.tenant,
          correlationId: req.id,
          ...(body.reason !== undefined && { reason: body.reason }),
          ...(body.source !== undefined && { source: body.source }),
          ...(precondition.expectedRevision !== undefined && { expectedRevision: precondition.expectedRevision }),
          ...(idempotencyKey !== undefined && { idempotencyKey }),
        },
      );
      if (!result.ok) throw ledgerProblem(result.error, { ifMatchSent: precondition.sent });
      const outcome = result.value;
      if (outcome.duplicate) res.setHeader('Idempotent-Replayed', 'true');
      else deps.metrics.eventsAppended(outcome.events.map((e) => e.type));
      if (target.location) res.setHeader('Location', target.location(body.data));
      res
        .status(spec.method === 'put' ? 200 : 201)
        .setHeader('ETag', etagOf(outcome.lastRevision))
        .setHeader(POSITION_HEADER, outcome.position)
        .json({
          streamId: outcome.streamId,
          firstRevision: outcome.firstRevision,
          lastRevision: outcome.lastRevision,
          position: outcome.position,
          events: outcome.events.map((e) => ({ eventId: e.metadata.eventId, type: e.type })),
          ...(outcome.warnings && { warnings: outcome.warnings.map(({ code, message }) => ({ code, message })) }),
        });
    },
  };
}
