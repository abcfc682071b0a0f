import { canonicalJson, LATEST_HASH_SCHEME, verifyStore, type EventStore, type StoredEvent } from '@grip/ledger';

export type CopyCheck = {
  readonly ok: boolean;
  readonly streams: number;
  readonly events: number;
  /** Streams holding events of an older hash scheme, re-chained under the current one (hashes not compared). */
  readonly rechained: number;
  readonly problems: string[];
};

const MAX_PROBLEMS = 20;

/** What must survive the move, event by event: identity, place in the stream, content and chain. */
function differences(s: StoredEvent, t: StoredEvent | undefined, compareHashes: boolean): string | null {
  if (!t) return 'missing in the target';
  if (t.metadata.eventId !== s.metadata.eventId) return `holds event ${t.metadata.eventId} instead`;
  if (t.type !== s.type || t.version !== s.version)
    return `type/version ${t.type}@${t.version} instead of ${s.type}@${s.version}`;
  if (canonicalJson(t.data) !== canonicalJson(s.data)) return 'data differs';
  if (canonicalJson(t.metadata) !== canonicalJson(s.metadata)) return 'metadata differs';
  if (compareHashes && (t.hash !== s.hash || t.previousHash !== s.previousHash)) return 'hash chain differs';
  return null;
}

/**
 * Checks a finished copy: every stream event for event (ids, revisions, content, and the hashes where
 * the source used the current scheme), the global order of the copied events, and the target's own
 * hash chain (verifyStore).
 */
export async function verifyCopy(source: EventStore, target: EventStore): Promise<CopyCheck> {
  const problems: string[] = [];
  const note = (problem: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };
  let streams = 0;
  let events = 0;
  let rechained = 0;
  for await (const { streamId } of source.listStreams()) {
    streams++;
    const [s, t] = await Promise.all([source.readStream(streamId), target.readStream(streamId)]);
    events += s.length;
    if (t.length !== s.length) note(`${streamId}: ${t.length} event(s) in the target, ${s.length} in the source`);
    const current = s.every((e) => (e.hashVersion ?? LATEST_HASH_SCHEME) === LATEST_HASH_SCHEME);
    if (!current) rechained++;
    s.forEach((event, i) => {
      const problem = differences(event, t[i], current);
      if (problem) note(`${streamId} revision ${event.revision} (event ${event.metadata.eventId}): ${problem}`);
    });
  }

  const copiedIds: string[] = [];
  for await (const e of source.readAll()) copiedIds.push(e.metadata.eventId);
  const wanted = new Set(copiedIds);
  const targetOrder: string[] = [];
  for await (const e of target.readAll()) if (wanted.has(e.metadata.eventId)) targetOrder.push(e.metadata.eventId);
  const firstOff = copiedIds.findIndex((id, i) => targetOrder[i] !== id);
  if (firstOff !== -1) note(`global order differs from event ${copiedIds[firstOff]} on`);

  const chain = await verifyStore(target);
  if (!chain.ok)
    for (const b of chain.breaks) note(`target chain broken: ${b.streamId} revision ${b.revision}: ${b.message}`);
  return { ok: problems.length === 0, streams, events, rechained, problems };
}
