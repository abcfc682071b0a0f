/** One record as the server keeps it: bytes in, bytes out, as EventStoreDB does. */
export type LoggedEvent = {
  readonly streamId: string;
  readonly revision: bigint;
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
  /** .NET ticks (100 ns) since the Unix epoch, as the server sends them in the "created" metadata. */
  readonly createdTicks: bigint;
  /** commit = prepare here: each event is its own commit, as with single-event transactions. */
  readonly position: bigint;
};

export type Proposed = Omit<LoggedEvent, 'streamId' | 'revision' | 'createdTicks' | 'position'>;

export type Expected =
  { kind: 'any' } | { kind: 'no-stream' } | { kind: 'stream-exists' } | { kind: 'revision'; revision: bigint };

export type AppendOutcome =
  { ok: true; revision: bigint; position: bigint } | { ok: false; current: bigint | null; expected: Expected };

/**
 * The global log and its streams. Positions grow like byte offsets (never 0, never contiguous), so an
 * adapter that treats them as counters breaks here as it would against a real server.
 */
export function createEventLog(now: () => number) {
  const all: LoggedEvent[] = [];
  const streams = new Map<string, LoggedEvent[]>();
  const listeners = new Set<(event: LoggedEvent) => void>();
  let nextPosition = 1024n;

  const lastRevision = (streamId: string): bigint | null => {
    const events = streams.get(streamId);
    return events && events.length > 0 ? BigInt(events.length - 1) : null;
  };

  const holds = (expected: Expected, current: bigint | null): boolean => {
    switch (expected.kind) {
      case 'any':
        return true;
      case 'no-stream':
        return current === null;
      case 'stream-exists':
        return current !== null;
      case 'revision':
        return current === expected.revision;
    }
  };

  /** EventStoreDB's own idempotency: the same ids written right after the expected revision succeed again. */
  const alreadyWritten = (streamId: string, expected: Expected, proposed: readonly Proposed[]): LoggedEvent | null => {
    const from = expected.kind === 'revision' ? Number(expected.revision) + 1 : expected.kind === 'no-stream' ? 0 : -1;
    const events = streams.get(streamId) ?? [];
    if (from < 0 || events.length < from + proposed.length) return null;
    const match = proposed.every((p, i) => events[from + i]!.id === p.id);
    return match ? events[from + proposed.length - 1]! : null;
  };

  return {
    append(streamId: string, expected: Expected, proposed: readonly Proposed[]): AppendOutcome {
      const current = lastRevision(streamId);
      if (!holds(expected, current)) {
        const same = alreadyWritten(streamId, expected, proposed);
        if (same) return { ok: true, revision: same.revision, position: same.position };
        return { ok: false, current, expected };
      }
      const events = streams.get(streamId) ?? [];
      streams.set(streamId, events);
      const written: LoggedEvent[] = [];
      for (const p of proposed) {
        const event: LoggedEvent = {
          ...p,
          streamId,
          revision: BigInt(events.length),
          createdTicks: BigInt(now()) * 10_000n,
          position: nextPosition,
        };
        nextPosition += 128n + BigInt(p.data.length + p.customMetadata.length);
        events.push(event);
        all.push(event);
        written.push(event);
      }
      for (const event of written) for (const listener of [...listeners]) listener(event);
      const last = written[written.length - 1] ?? events[events.length - 1]!;
      return { ok: true, revision: last.revision, position: last.position };
    },
    stream: (streamId: string): readonly LoggedEvent[] | undefined => streams.get(streamId),
    all: (): readonly LoggedEvent[] => all,
    /** Index of the first event at or after `position` in $all. */
    indexAtOrAfter(position: bigint): number {
      let lo = 0;
      let hi = all.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (all[mid]!.position < position) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
    onAppend(listener: (event: LoggedEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    headPosition: (): bigint => all[all.length - 1]?.position ?? 0n,
  };
}

export type EventLog = ReturnType<typeof createEventLog>;
