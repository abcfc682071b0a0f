import { municipalityCodeSchema, parseProgrammeKey, type ProgrammeHolder } from '@grip/ledger';
import type { MaintainedModels } from '@grip/projections';
import type { Grip } from '../../app/open-grip.js';
import { mayAccess, type Principal } from '../../auth/principal.js';
import type { Request } from 'express';
import { HttpProblem, invalidRequest } from '../problem/http-problem.js';
import { API_PREFIX } from '../operation/operation.js';

/** A programme as the caller may address it: its municipality, its stream key, its current revision. */
export type AccessibleProgramme = {
  readonly municipality: string;
  readonly programmeKey: string;
  readonly revision: number;
};

/**
 * The one answer for "no programme of yours has this id": the same status and body whether the id
 * exists in no municipality or in one this key may not see, so no other municipality's ids can be
 * learnt (docs/programme-ids.md).
 */
export const programmeNotFound = (programmeId: string) =>
  new HttpProblem(404, 'PROGRAMME_NOT_FOUND', `programme ${programmeId} does not exist`, { programmeId });

/** A key that covers several municipalities named an id more than one of them uses: it must say which. */
export const programmeAmbiguous = (programmeId: string, municipalities: readonly string[]) =>
  new HttpProblem(
    400,
    'INVALID_REQUEST',
    `programme ${programmeId} exists in ${municipalities.join(' and ')}: name one with ?municipality=`,
    {
      issues: [{ path: 'municipality', message: `required: one of ${municipalities.join(', ')}` }],
      programmeId,
      candidates: municipalities.map((municipality) => ({
        municipality,
        href: `${API_PREFIX}/programmes/${encodeURIComponent(programmeId)}?municipality=${municipality}`,
      })),
    },
  );

/**
 * A held model's answer, when the caller has one (the runner's maintained models): saves a stream read.
 * `holders` answers "which municipalities use this id" from the same models, so a key for every
 * municipality (an admin) need not list every stream of the store on each request.
 */
export type HeldRevision = ((programmeKey: string) => { municipality: string; revision: number } | null) & {
  readonly holders?: (programmeId: string) => ProgrammeHolder[];
};

/** The held programmes by programme id, built once per list of keys (the models keep one list until a programme opens). */
function holdersIndex(models: MaintainedModels): (programmeId: string) => ProgrammeHolder[] {
  let indexed: readonly string[] | null = null;
  let byId = new Map<string, ProgrammeHolder[]>();
  return (programmeId) => {
    const keys = models.programmeKeys();
    if (keys !== indexed) {
      byId = new Map();
      for (const programmeKey of keys) {
        const parsed = parseProgrammeKey(programmeKey);
        const municipality = parsed.municipality ?? models.programme(programmeKey)?.model.municipality;
        if (municipality === undefined) continue;
        const list = byId.get(parsed.programmeId) ?? [];
        list.push({ municipality, programmeKey });
        byId.set(parsed.programmeId, list);
      }
      indexed = keys;
    }
    return byId.get(programmeId) ?? [];
  };
}

const heldByModels = new WeakMap<MaintainedModels, HeldRevision>();

/** The runner's maintained models as a HeldRevision (none without a runner); one per models object. */
export const heldIn = (models: MaintainedModels | undefined): HeldRevision | undefined => {
  if (!models) return undefined;
  let known = heldByModels.get(models);
  if (!known) heldByModels.set(models, (known = heldRevision(models)));
  return known;
};

function heldRevision(models: MaintainedModels): HeldRevision {
  const revision = (key: string) => {
    const held = models.programme(key);
    return held ? { municipality: held.model.municipality, revision: held.revision } : null;
  };
  return Object.assign(revision, { holders: holdersIndex(models) });
}

/** Who uses an id, from the held models, but no revision from them (an as-of read takes the store's). */
export const holdersOnly = (held: HeldRevision): HeldRevision =>
  Object.assign(() => null, held.holders ? { holders: held.holders } : {});

type Found = AccessibleProgramme;

async function found(
  grip: Grip,
  municipality: string,
  programmeKey: string,
  held?: HeldRevision,
): Promise<Found | null> {
  const model = held?.(programmeKey);
  if (model)
    return model.municipality === municipality ? { municipality, programmeKey, revision: model.revision } : null;
  const state = await grip.ledger.programmeByKey(programmeKey);
  return state && state.municipality === municipality ? { municipality, programmeKey, revision: state.revision } : null;
}

/**
 * Resolves the programme id in a path for this key: in the municipality `?municipality=` names, else in
 * the one municipality among the key's that has it. Several: 400 listing them (only municipalities the
 * key may see are ever named). None, or a municipality the key may not see: programmeNotFound.
 */
export async function accessibleProgramme(
  grip: Grip,
  principal: Principal,
  programmeId: string,
  asked?: string,
  held?: HeldRevision,
): Promise<AccessibleProgramme> {
  const resolver = grip.ledger.programmes;
  if (asked !== undefined) {
    if (!municipalityCodeSchema.safeParse(asked).success || !mayAccess(principal, asked))
      throw programmeNotFound(programmeId);
    const one = await found(grip, asked, await resolver.keyOf(asked, programmeId), held);
    if (!one) throw programmeNotFound(programmeId);
    return one;
  }
  const candidates: Found[] = [];
  if (principal.municipalities === '*') {
    // From the maintained models when they hold the id; a programme opened since they last caught up
    // (or no runner at all) is found by listing the streams.
    const fromModels = held?.holders?.(programmeId) ?? [];
    for (const h of fromModels.length > 0 ? fromModels : await resolver.holdersOf(programmeId)) {
      const one = await found(grip, h.municipality, h.programmeKey, held);
      if (one) candidates.push(one);
    }
  } else {
    for (const municipality of principal.municipalities) {
      const one = await found(grip, municipality, await resolver.keyOf(municipality, programmeId), held);
      if (one) candidates.push(one);
    }
  }
  if (candidates.length === 0) throw programmeNotFound(programmeId);
  if (candidates.length > 1) throw programmeAmbiguous(programmeId, candidates.map((c) => c.municipality).sort());
  return candidates[0]!;
}

/** `?municipality=` on a programme's route: which municipality's programme, for keys that cover several. */
export function askedMunicipality(req: Request): string | undefined {
  const value = req.query['municipality'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalidRequest([{ path: 'municipality', message: 'one CBS code, once' }]);
  return value;
}

/** `?municipality=` as documented in OpenAPI; the handlers read it with askedMunicipality. */
export const municipalityQuerySchema = municipalityCodeSchema.describe(
  'Which municipality’s programme: needed only when the key covers several municipalities that use this programme id',
);
