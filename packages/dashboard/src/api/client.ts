import type * as z from 'zod/mini';
import { problemSchema } from './schemas.js';

/** An API answer that is not 2xx, as a typed value with the problem's code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** For a programme id several municipalities of the key use: their codes, to choose one. */
    readonly candidates: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Query = Record<string, string | number | undefined>;

const API = '/api/v1';

function url(path: string, query: Query = {}, programmeMunicipality?: string): string {
  const params = new URLSearchParams();
  // Programme ids are unique per municipality only: a programme's routes say whose (docs/programme-ids.md).
  if (programmeMunicipality && path.startsWith('/programmes/')) params.set('municipality', programmeMunicipality);
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return `${API}${path}${qs ? `?${qs}` : ''}`;
}

/** The public /api/v1 with a bearer key (on a programme page, for that municipality's programme): every answer is parsed with its schema. */
export function apiClient(key: string, programmeMunicipality?: string) {
  const headers = { authorization: `Bearer ${key}`, accept: 'application/json' };
  async function get<S extends z.ZodMiniType>(path: string, schema: S, query?: Query): Promise<z.infer<S>> {
    let response: Response;
    try {
      response = await fetch(url(path, query, programmeMunicipality), { headers });
    } catch {
      throw new ApiError(0, 'NETWORK', 'network');
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const problem = problemSchema.safeParse(body);
      const p = problem.success ? problem.data : {};
      throw new ApiError(
        response.status,
        p.code ?? `HTTP_${response.status}`,
        p.detail ?? p.title ?? response.statusText,
        (p.candidates ?? []).map((c) => c.municipality),
      );
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new ApiError(response.status, 'UNEXPECTED_RESPONSE', `unexpected answer from ${path}`);
    return parsed.data;
  }
  /** Whether the key may read this (2xx) — for offering only what the API allows, e.g. exports. */
  async function allows(path: string, query?: Query): Promise<boolean> {
    const response = await fetch(url(path, query, programmeMunicipality), { headers }).catch(() => null);
    await response?.body?.cancel();
    return response?.ok ?? false;
  }
  return { get, allows };
}

export type ApiClient = ReturnType<typeof apiClient>;
