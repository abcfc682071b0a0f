import type { Grip } from '../../app/open-grip.js';
import type { PendingImport } from '../../journal/import-log.js';

/** How long /health reuses its look at the import notes. */
const PENDING_IMPORTS_TTL_MS = 1000;

/**
 * The import notes for /health. They are files another process (the CLI) may write, so they are looked
 * at, but at most once a second rather than per request: a directory listing per liveness probe cost more
 * than the rest of /health.
 */
export function pendingImportsOf(grip: Grip): () => PendingImport[] {
  let noted: { at: number; pending: PendingImport[] } | null = null;
  return () => {
    const now = grip.clock.now().getTime();
    if (!noted || now - noted.at >= PENDING_IMPORTS_TTL_MS || now < noted.at)
      noted = { at: now, pending: grip.imports.pending() };
    return noted.pending;
  };
}
