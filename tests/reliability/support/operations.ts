import type { RunningApi } from './in-process.js';

export type Role = 'viewer' | 'controller' | 'editor' | 'admin';
export type DocumentedOperation = {
  readonly method: string;
  /** OpenAPI form: /api/v1/programmes/{programmeId} */
  readonly path: string;
  readonly role: Role | 'public';
  readonly example?: unknown;
};

type OpenApi = {
  paths: Record<
    string,
    Record<
      string,
      { 'x-required-role': Role | 'public'; requestBody?: { content: Record<string, { example?: unknown }> } }
    >
  >;
};

/** Every operation the service documents: the matrix and the fuzzer cover exactly the routes that exist. */
export async function documentedOperations(api: RunningApi): Promise<DocumentedOperation[]> {
  const doc = (await (await api.call(null, 'GET', '/api/v1/openapi.json')).json()) as OpenApi;
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      role: op['x-required-role'],
      ...(op.requestBody && { example: op.requestBody.content['application/json']?.example }),
    })),
  );
}

/** Fills {name} path parameters from the given values. */
export const fillPath = (path: string, values: Record<string, string>): string =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? `unknown-${name}`));

/** True for paths that name a programme or a municipality: those have an owner. */
export const isScoped = (path: string): boolean => /\{(programmeId|code)\}/.test(path);

const RANK: Record<Role, number> = { viewer: 0, controller: 1, editor: 2, admin: 3 };
export const roleAtLeast = (have: Role, need: Role): boolean => RANK[have] >= RANK[need];
