import type { JsonSchema } from '../operation/operation.js';

/** One documented field of a response: where it sits, what type it has, what it means (Markdown). */
export type SchemaField = { readonly path: string; readonly type: string; readonly description: string };

const MONEY_PATTERN = String.raw`^-?(0|[1-9]\d*)(\.\d{1,2})?$`;

const variants = (node: JsonSchema): JsonSchema[] => (node['anyOf'] as JsonSchema[] | undefined) ?? [node];

/** A field's type as a reader wants it: money is named, null is "or null", arrays say what they hold. */
function typeOf(node: JsonSchema): string {
  const names = variants(node).flatMap((v): string[] => {
    if (v['anyOf']) return [typeOf(v)];
    if (v['pattern'] === MONEY_PATTERN) return ['money'];
    if (Array.isArray(v['enum'])) return [(v['enum'] as unknown[]).map((e) => JSON.stringify(e)).join(' | ')];
    const type = v['type'];
    if (Array.isArray(type))
      return type.map((t) => (t === 'string' && v['pattern'] === MONEY_PATTERN ? 'money' : String(t)));
    if (type === 'array') return [`array of ${typeOf((v['items'] as JsonSchema | undefined) ?? {})}`];
    return [typeof type === 'string' ? type : 'any'];
  });
  return [...new Set(names)].join(' or ');
}

/** The object variants of a node (a nullable object is still an object to describe). */
const objectsIn = (node: JsonSchema): JsonSchema[] =>
  variants(node).flatMap((v) =>
    v['anyOf'] ? objectsIn(v) : v['type'] === 'array' ? objectsIn((v['items'] as JsonSchema) ?? {}) : [v],
  );

/**
 * Every field of a response schema, depth first: `years[].planned` for a field of the objects in an
 * array. Descriptions are as written in the zod schemas (Markdown); the docs page renders them.
 */
export function schemaFields(schema: JsonSchema, prefix = ''): SchemaField[] {
  const fields: SchemaField[] = [];
  for (const object of objectsIn(schema)) {
    const properties = object['properties'] as Record<string, JsonSchema> | undefined;
    for (const [name, node] of Object.entries(properties ?? {})) {
      const path = `${prefix}${name}`;
      const isArray = variants(node).some((v) => v['type'] === 'array');
      const description = typeof node['description'] === 'string' ? node['description'] : '';
      fields.push({ path, type: typeOf(node), description });
      fields.push(...schemaFields(node, isArray ? `${path}[].` : `${path}.`));
    }
  }
  return fields;
}
