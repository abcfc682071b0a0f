import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { ApiError, apiClient } from './client.js';

afterEach(() => vi.unstubAllGlobals());

/** The URLs the client asked for, each answered with an empty JSON object. */
function recordRequests(): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return asked;
}

describe('the API client on a programme page', () => {
  it("given the page's municipality, then a programme's routes name it and nothing else does", async () => {
    const asked = recordRequests();
    const api = apiClient('key', 'GM0106');
    await api.get('/programmes/x/year-slices', z.object({}), { asOf: '2024-01-31' });
    await api.get('/programmes', z.object({}));
    await api.get('/municipalities/GM0106/pc-moments', z.object({}));
    await api.allows('/programmes/y/reconciliation', { format: 'csv', municipality: 'GM0118' });
    expect(asked).toEqual([
      '/api/v1/programmes/x/year-slices?municipality=GM0106&asOf=2024-01-31',
      '/api/v1/programmes',
      '/api/v1/municipalities/GM0106/pc-moments',
      '/api/v1/programmes/y/reconciliation?municipality=GM0118&format=csv',
    ]);
  });

  it('given no municipality, then programme routes go out as before', async () => {
    const asked = recordRequests();
    await apiClient('key').get('/programmes/x', z.object({}));
    expect(asked).toEqual(['/api/v1/programmes/x']);
  });
});

describe('the API client on an ambiguous programme id', () => {
  it('given a 400 that lists candidates, then the error carries their municipalities to choose from', async () => {
    const problem = {
      code: 'INVALID_REQUEST',
      detail: 'programme z exists in GM0106 and GM0118: name one with ?municipality=',
      candidates: [
        { municipality: 'GM0106', href: '/api/v1/programmes/z?municipality=GM0106' },
        { municipality: 'GM0118', href: '/api/v1/programmes/z?municipality=GM0118' },
      ],
    };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(problem), { status: 400 }));
    const error = await apiClient('key')
      .get('/programmes/z', z.object({}))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).candidates).toEqual(['GM0106', 'GM0118']);
    expect((error as ApiError).status).toBe(400);
  });

  it('given any other problem, then there is nothing to choose', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ code: 'PROGRAMME_NOT_FOUND' }), { status: 404 }));
    const error = (await apiClient('key')
      .get('/programmes/q', z.object({}))
      .catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('PROGRAMME_NOT_FOUND');
    expect(error.candidates).toEqual([]);
  });
});
