import { municipalityCodeSchema, municipalityStreamId, programmeStreamId } from '@grip/ledger';
import { accessibleProgramme, type HeldRevision } from './programme-access.js';
import type { Grip } from '../../app/open-grip.js';
import { assertMayAccess } from '../auth/middleware.js';
import type { Principal } from '../../auth/principal.js';
import { HttpProblem, invalidRequest } from '../problem/http-problem.js';
import { API_PREFIX } from '../operation/operation.js';

/** Which stream a command route writes: its programme's, the municipality's in the path, or a new programme's. */
export type TargetKind = 'programme' | 'municipality' | 'new-programme';

export type CommandTarget = {
  readonly tenant: string;
  readonly streamId: string;
  /** Current revision, -1 for a stream without events: what If-Match is compared with. */
  readonly revision: number;
  readonly location?: (data: Record<string, unknown>) => string;
};

export const municipalityNotFound = (code: string) =>
  new HttpProblem(404, 'MUNICIPALITY_NOT_FOUND', `municipality ${code} is not known to this key`, {
    municipality: code,
  });

/** Checks the key may see the municipality in the path; a malformed code is as unknown as a foreign one. */
export function accessibleMunicipality(principal: Principal, code: string): string {
  if (!municipalityCodeSchema.safeParse(code).success) throw municipalityNotFound(code);
  assertMayAccess(principal, code, () => municipalityNotFound(code));
  return code;
}

function tenantForNewProgramme(principal: Principal, municipality: string | undefined): string {
  if (municipality !== undefined) return accessibleMunicipality(principal, municipality);
  if (principal.municipalities !== '*' && principal.municipalities.length === 1) return principal.municipalities[0]!;
  throw invalidRequest([{ path: 'municipality', message: 'required: this key covers more than one municipality' }]);
}

export async function commandTarget(
  grip: Grip,
  kind: TargetKind,
  params: Record<string, string>,
  principal: Principal,
  body?: { municipality?: string; data: Record<string, unknown> },
  /** `?municipality=`: which of the key's municipalities a programme id means, when several have it. */
  asked?: string,
  /**
   * Who uses a programme id, from the runner's maintained models (see holdersOnly): an admin key's write
   * then lists no streams. Its revision always comes from the ledger, never from the (lagging) models.
   */
  holders?: HeldRevision,
): Promise<CommandTarget> {
  if (kind === 'programme') {
    const { municipality, programmeKey, revision } = await accessibleProgramme(
      grip,
      principal,
      params['programmeId']!,
      asked,
      holders,
    );
    return { tenant: municipality, streamId: programmeStreamId(programmeKey), revision };
  }
  if (kind === 'municipality') {
    const tenant = accessibleMunicipality(principal, params['code']!);
    const streamId = municipalityStreamId(tenant);
    return { tenant, streamId, revision: (await grip.store.streamRevision(streamId)) ?? -1 };
  }
  const tenant = tenantForNewProgramme(principal, body?.municipality);
  const programmeId = String(body?.data['programmeId']);
  // Only this municipality's programmes can make the id taken: another's with the same id is not looked at.
  const streamId = programmeStreamId(await grip.ledger.programmes.keyOf(tenant, programmeId));
  return {
    tenant,
    streamId,
    revision: (await grip.store.streamRevision(streamId)) ?? -1,
    location: (data) =>
      `${API_PREFIX}/programmes/${encodeURIComponent(String(data['programmeId']))}?municipality=${tenant}`,
  };
}
