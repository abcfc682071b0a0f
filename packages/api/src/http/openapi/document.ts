import { idSchema, municipalityCodeSchema } from '@grip/ledger';
import type { z } from 'zod';
import type { JsonSchema, Operation } from '../operation/operation.js';
import { PROBLEM_BASE } from '../problem/problem-types.js';
import { toJsonSchema } from './json-schema.js';
import { MIN_POSITION_HEADER, minPositionSchema } from '../operation/read-position-headers.js';

/** Path parameters by name; every route uses these names, so one schema each is enough. */
const PATH_PARAMS: Record<string, { schema: z.ZodType; description: string }> = {
  programmeId: { schema: idSchema, description: 'Programme id' },
  measureId: { schema: idSchema, description: 'Measure id' },
  targetId: { schema: idSchema, description: 'Target id' },
  code: { schema: municipalityCodeSchema, description: 'CBS municipality code, e.g. GM0118' },
  keyId: { schema: idSchema, description: 'API key id' },
};

export const toOpenApiPath = (expressPath: string): string => expressPath.replace(/:(\w+)/g, '{$1}');

function parameters(op: Operation): JsonSchema[] {
  const params: JsonSchema[] = [...op.path.matchAll(/:(\w+)/g)].map(([, name]) => {
    const known = PATH_PARAMS[name!];
    return {
      name,
      in: 'path',
      required: true,
      description: known?.description ?? name,
      schema: known ? toJsonSchema(known.schema, 'input') : { type: 'string' },
    };
  });
  if (op.query) {
    const query = toJsonSchema(op.query, 'input');
    const required = new Set((query['required'] as string[] | undefined) ?? []);
    for (const [name, schema] of Object.entries(
      (query['properties'] as Record<string, JsonSchema> | undefined) ?? {},
    )) {
      params.push({
        name,
        in: 'query',
        required: required.has(name),
        ...(typeof schema['description'] === 'string' && { description: schema['description'] }),
        schema,
      });
    }
  }
  if (op.ifMatch)
    params.push({
      name: 'If-Match',
      in: 'header',
      required: op.ifMatch === 'required',
      description: 'ETag (stream revision) the write is based on',
      schema: { type: 'string' },
    });
  if (op.reads)
    params.push({
      name: MIN_POSITION_HEADER,
      in: 'header',
      required: false,
      description: minPositionSchema.description,
      schema: { type: 'string', maxLength: 100 },
    });
  if (op.idempotencyKey)
    params.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Retrying with the same key is a no-op that answers as the original',
      schema: { type: 'string', maxLength: 200 },
    });
  return params;
}

function responses(op: Operation): JsonSchema {
  return Object.fromEntries(
    Object.entries(op.responses).map(([status, doc]) => {
      const types = doc.contentTypes ?? (doc.schema ? ['application/json'] : []);
      const content = Object.fromEntries(
        types.map((t) => [
          t,
          t === 'application/json' || t === 'application/problem+json'
            ? {
                schema: doc.schema ?? {},
                ...(doc.example !== undefined && t === 'application/json' && { example: doc.example }),
              }
            : { schema: { type: 'string' } },
        ]),
      );
      return [status, { description: doc.description, ...(types.length > 0 && { content }) }];
    }),
  );
}

function operationObject(op: Operation): JsonSchema {
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description !== undefined && { description: op.description }),
    tags: [op.tag],
    'x-required-role': op.access,
    ...(op.access === 'public' ? { security: [] } : {}),
    parameters: parameters(op),
    ...(op.body && {
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: op.body.schema,
            ...(op.body.example !== undefined && { example: op.body.example }),
          },
        },
      },
    }),
    responses: responses(op),
  };
}

/** OpenAPI 3.1 from the registered operations: bodies come from the command schemas, nothing is hand-written twice. */
export function buildOpenApiDocument(operations: readonly Operation[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of operations) (paths[toOpenApiPath(op.path)] ??= {})[op.method] = operationObject(op);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Grip API',
      version,
      description: `Event-sourced savings ledger for Dutch municipalities. Errors are RFC 9457 problem+json; problem types are ${PROBLEM_BASE}<code>. Money is always a decimal string.`,
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Authorization: Bearer <API key>' } },
    },
    tags: [...new Set(operations.map((o) => o.tag))].map((name) => ({ name })),
    paths,
  };
}
