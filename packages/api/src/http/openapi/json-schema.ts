import { moneyInputSchema } from '@grip/ledger';
import { z } from 'zod';
import type { JsonSchema } from '../operation/operation.js';

const MONEY_DESCRIPTION =
  'Euros as a decimal string with at most 2 decimals, plain ("1234.56") or Dutch ("€ 1.234,56"); never a JSON number.';

/**
 * zod → JSON Schema (draft 2020-12, what OpenAPI 3.1 uses). `io` picks the input side for request
 * bodies (what a client may send) and the output side for responses.
 */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema === (moneyInputSchema as unknown))
        Object.assign(ctx.jsonSchema, {
          type: 'string',
          description: MONEY_DESCRIPTION,
          examples: ['1900000', '€ 1.234,56'],
        });
    },
  }) as JsonSchema;
  delete json['$schema'];
  return json;
}

/** The API refuses unknown fields, so every object with listed properties is closed in the document too. */
export function closeObjects(schema: unknown): void {
  if (Array.isArray(schema)) return schema.forEach(closeObjects);
  if (typeof schema !== 'object' || schema === null) return;
  const node = schema as JsonSchema;
  if (node['type'] === 'object' && node['properties'] !== undefined && node['additionalProperties'] === undefined)
    node['additionalProperties'] = false;
  Object.values(node).forEach(closeObjects);
}

/**
 * A response body's schema. zod closes output objects; a response's are opened again, because a field
 * added to a view is not a breaking change and clients should not be told to refuse it.
 */
export function responseSchema(schema: z.ZodType): JsonSchema {
  const json = toJsonSchema(schema, 'output');
  const open = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(open);
    if (typeof node !== 'object' || node === null) return;
    const object = node as JsonSchema;
    if (object['additionalProperties'] === false) delete object['additionalProperties'];
    Object.values(object).forEach(open);
  };
  open(json);
  return json;
}
