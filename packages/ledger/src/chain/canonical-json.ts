/**
 * A deterministic JSON form for hashing: object keys sorted, no whitespace, undefined members left
 * out. Only what JSON can hold is accepted, and numbers must be safe integers: money is never a number.
 * Every append hashes its events through here, so objects are written with one loop over the sorted
 * keys rather than through intermediate arrays of entries (the output is the same, byte for byte:
 * canonical-json.property.unit.spec.ts checks it against the plain definition).
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isSafeInteger(value)) throw new TypeError(`canonical JSON holds only safe integers, got ${value}`);
      return String(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      const record = value as Record<string, unknown>;
      // Default sort order is UTF-16 code unit order, the same as comparing the keys with < and >.
      const keys = Object.keys(record).sort();
      let out = '{';
      for (const key of keys) {
        const member = record[key];
        if (member === undefined) continue;
        if (out.length > 1) out += ',';
        out += `${JSON.stringify(key)}:${canonicalJson(member)}`;
      }
      return `${out}}`;
    }
    default:
      throw new TypeError(`cannot serialise ${typeof value} canonically`);
  }
}
