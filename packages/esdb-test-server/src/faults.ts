/** Where access is refused, as a server with ACLs refuses a user without the rights. */
export type AccessDenial = 'none' | 'read-all' | 'everything';

/**
 * The switchable misbehaviour of the test server. A stall holds every new call until it is lifted
 * (or the server restarts), the way a server that stopped answering holds its clients.
 */
export function createFaults() {
  let stalled = false;
  let denial: AccessDenial = 'none';
  const held = new Set<() => void>();
  const deleted = new Set<string>();

  return {
    stall(on: boolean): void {
      stalled = on;
      if (!on) this.releaseAll();
    },
    get stalled(): boolean {
      return stalled;
    },
    denyAccess(scope: AccessDenial): void {
      denial = scope;
    },
    get denial(): AccessDenial {
      return denial;
    },
    /** Marks a stream deleted (its events stay in $all): reads and appends of it fail with StreamDeleted. */
    deleteStream(streamId: string): void {
      deleted.add(streamId);
    },
    isDeleted: (streamId: string): boolean => deleted.has(streamId),
    /** Resolves at once, or when the stall is lifted. */
    gate(): Promise<void> {
      if (!stalled) return Promise.resolve();
      return new Promise((resolve) => held.add(resolve));
    },
    releaseAll(): void {
      for (const release of [...held]) release();
      held.clear();
    },
  };
}

export type Faults = ReturnType<typeof createFaults>;
