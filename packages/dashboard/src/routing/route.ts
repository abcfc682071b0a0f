/**
 * Pages live in the URL's hash (#/programma/hoogeveen-herontwerp?peil=2024-01-31), so a link can be
 * shared and the API serves one index.html for every page. `peil` is the "as known at" of every view.
 */
export type Route =
  | { page: 'programmes' }
  | { page: 'programme'; id: string }
  | { page: 'measure'; id: string; measureId: string }
  | { page: 'compare'; id: string; from: string | undefined; to: string | undefined }
  | { page: 'reconciliation'; id: string }
  | { page: 'print'; id: string }
  | { page: 'municipality'; code: string; from: number | undefined; to: number | undefined }
  | { page: 'not-found' };

/**
 * `gemeente` names whose programme a programme page shows: ids are unique per municipality only, so a key
 * of several municipalities that share an id needs it (docs/programme-ids.md); links from the list set it.
 */
export type Location = { route: Route; asOf: string | undefined; municipality?: string | undefined };

const onProgramme = (route: Route): boolean =>
  route.page === 'programme' ||
  route.page === 'measure' ||
  route.page === 'compare' ||
  route.page === 'reconciliation' ||
  route.page === 'print';

const yearOf = (v: string | null) => (v && /^\d{4}$/.test(v) ? Number(v) : undefined);

export function parseHash(hash: string): Location {
  const [pathPart = '', queryPart = ''] = hash.replace(/^#/, '').split('?');
  const q = new URLSearchParams(queryPart);
  const parts = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  const asOf = q.get('peil') || undefined;
  const route = ((): Route => {
    const [a, b, c, d] = parts;
    if (a === undefined) return { page: 'programmes' };
    if (a === 'programma' && b) {
      if (c === undefined) return { page: 'programme', id: b };
      if (c === 'maatregel' && d) return { page: 'measure', id: b, measureId: d };
      if (c === 'vergelijk')
        return { page: 'compare', id: b, from: q.get('van') || undefined, to: q.get('tot') || undefined };
      if (c === 'aansluiting') return { page: 'reconciliation', id: b };
      if (c === 'afdrukken') return { page: 'print', id: b };
    }
    if (a === 'gemeente' && b && c === undefined)
      return { page: 'municipality', code: b, from: yearOf(q.get('van')), to: yearOf(q.get('tot')) };
    return { page: 'not-found' };
  })();
  const municipality = onProgramme(route) ? q.get('gemeente') || undefined : undefined;
  return municipality === undefined ? { route, asOf } : { route, asOf, municipality };
}

/** The hash for a route; the current "as known at" travels along unless given, and on programme pages the municipality. */
export function hrefOf(route: Route, asOf: string | undefined, municipality?: string): string {
  const q = new URLSearchParams();
  const path = ((): string => {
    const e = encodeURIComponent;
    switch (route.page) {
      case 'programmes':
      case 'not-found':
        return '/';
      case 'programme':
        return `/programma/${e(route.id)}`;
      case 'measure':
        return `/programma/${e(route.id)}/maatregel/${e(route.measureId)}`;
      case 'compare':
        if (route.from) q.set('van', route.from);
        if (route.to) q.set('tot', route.to);
        return `/programma/${e(route.id)}/vergelijk`;
      case 'reconciliation':
        return `/programma/${e(route.id)}/aansluiting`;
      case 'print':
        return `/programma/${e(route.id)}/afdrukken`;
      case 'municipality':
        if (route.from) q.set('van', String(route.from));
        if (route.to) q.set('tot', String(route.to));
        return `/gemeente/${e(route.code)}`;
    }
  })();
  if (asOf) q.set('peil', asOf);
  if (municipality && onProgramme(route)) q.set('gemeente', municipality);
  const qs = q.toString();
  return `#${path}${qs ? `?${qs}` : ''}`;
}

/** The same page for another municipality's programme of that id (the choice offered when an id is ambiguous). */
export function withMunicipality(hash: string, municipality: string): string {
  const { route, asOf } = parseHash(hash);
  return hrefOf(route, asOf, municipality);
}
