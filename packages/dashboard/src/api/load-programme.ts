import type { ApiClient } from './client.js';
import { domainTotalsSchema, programmeDetailSchema, programmeResultSchema, yearSlicesSchema } from './schemas.js';

/** Everything a programme page shows, as known at `asOf`, fetched side by side. */
export async function loadProgramme(api: ApiClient, id: string, asOf: string | undefined) {
  const base = `/programmes/${encodeURIComponent(id)}`;
  const [programme, slices, domains, result] = await Promise.all([
    api.get(base, programmeDetailSchema, { asOf }),
    api.get(`${base}/year-slices`, yearSlicesSchema, { asOf }),
    api.get(`${base}/domain-totals`, domainTotalsSchema, { asOf }),
    api.get(`${base}/result`, programmeResultSchema, { asOf }),
  ]);
  return { programme, slices: slices.years, domains: domains.years, result };
}
export type ProgrammeData = Awaited<ReturnType<typeof loadProgramme>>;
