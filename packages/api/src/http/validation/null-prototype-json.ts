/**
 * A JSON.parse reviver that rebuilds every object without a prototype. JSON.parse keeps `"__proto__"`
 * as an own key, but the first copy by assignment (`copy[key] = value`, Object.assign) would turn it
 * into the copy's prototype, and its fields would then be read as if sent (`{"__proto__":{"amount":"7"}}`
 * stored amount 7). On a null-prototype object such a key is only a key, which the unknown-field check
 * then refuses like any misspelt field; so are `constructor` and `prototype`.
 */
export function nullPrototypeReviver(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const bare = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) bare[key] = (value as Record<string, unknown>)[key];
  return bare;
}
