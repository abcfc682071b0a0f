import { commandCatalogue, municipalityCodeSchema, sourceReferenceSchema, type CommandType } from '@grip/ledger';
import type { z } from 'zod';
import type { JsonSchema } from '../operation/operation.js';
import { reasonSchema, type EnvelopeNames } from '../validation/command-body.js';
import { closeObjects, toJsonSchema } from './json-schema.js';

/**
 * A command route's request body in JSON Schema: the command's own schema (input side) without the
 * fields the path supplies, plus the envelope fields that go into the execution context.
 */
export function commandBodyJsonSchema(
  type: CommandType,
  pathParams: readonly string[],
  names: EnvelopeNames,
): JsonSchema {
  const schema = toJsonSchema(commandCatalogue[type].schema as z.ZodType, 'input');
  const properties = { ...((schema['properties'] as Record<string, JsonSchema> | undefined) ?? {}) };
  for (const param of pathParams) delete properties[param];
  properties[names.reason] = {
    ...toJsonSchema(reasonSchema, 'input'),
    description: 'Why: stored in the event metadata.',
  };
  properties[names.source] = {
    ...toJsonSchema(sourceReferenceSchema, 'input'),
    description: 'The source document this is taken from.',
  };
  if (names.municipality) {
    properties['municipality'] = {
      ...toJsonSchema(municipalityCodeSchema, 'input'),
      description: 'CBS code; optional when the key covers one municipality.',
    };
  }
  const required = ((schema['required'] as string[] | undefined) ?? []).filter((r) => !pathParams.includes(r));
  const body: JsonSchema = { ...schema, properties, ...(required.length > 0 ? { required } : {}) };
  if (required.length === 0) delete body['required'];
  closeObjects(body);
  return body;
}
