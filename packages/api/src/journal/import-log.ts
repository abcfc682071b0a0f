import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Journal } from './journal-types.js';

const pendingImportSchema = z.object({
  id: z.string(),
  actor: z.string(),
  files: z.array(z.string()),
  entries: z.number().int().nonnegative(),
  startedAt: z.string(),
});

/** An import that began writing entry by entry and has not finished (a store without atomic appends). */
export type PendingImport = z.infer<typeof pendingImportSchema>;

/**
 * Where an import that cannot be written in one transaction (EventStoreDB) notes that it began, until
 * it finishes. `grip verify` and `/health` report what is noted, so an import cut short by a crash
 * stays visible until it is re-run (entry idempotency keys make the re-run resume it). One small JSON
 * file per import in `<dataDir>/imports-in-progress`, written to a temporary name and renamed, so a
 * crash never leaves half a note.
 */
export function openImportLog(dataDir: string) {
  const dir = join(dataDir, 'imports-in-progress');
  const fileOf = (id: string) => join(dir, `${id}.json`);
  return {
    begin(journals: readonly Journal[], actor: string, now: Date): PendingImport {
      const id = createHash('sha256')
        .update(journals.map((j) => j.contentHash).join('\n'))
        .digest('hex')
        .slice(0, 24);
      const note: PendingImport = {
        id,
        actor,
        files: journals.map((j) => j.file),
        entries: journals.reduce((n, j) => n + j.entries.length, 0),
        startedAt: now.toISOString(),
      };
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${fileOf(id)}.tmp`, `${JSON.stringify(note, null, 2)}\n`);
      renameSync(`${fileOf(id)}.tmp`, fileOf(id));
      return note;
    },
    finish(id: string): void {
      rmSync(fileOf(id), { force: true });
    },
    /** Every import noted as begun and not finished, oldest first; an unreadable note counts too. */
    pending(): PendingImport[] {
      let names: string[];
      try {
        names = readdirSync(dir).filter((n) => n.endsWith('.json'));
      } catch {
        return [];
      }
      return names
        .map((name) => {
          const parsed = pendingImportSchema.safeParse(safeJson(join(dir, name)));
          return parsed.success
            ? parsed.data
            : { id: name.slice(0, -5), actor: 'unknown', files: [], entries: 0, startedAt: '' };
        })
        .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    },
  };
}

export type ImportLog = ReturnType<typeof openImportLog>;

function safeJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** One line per pending import, for `grip verify` and logs. */
export const describePendingImport = (p: PendingImport): string =>
  `incomplete import ${p.id} by ${p.actor} (started ${p.startedAt || 'unknown'}, ${p.entries} entries: ${p.files.join(', ') || 'files unknown'}); run the same import again to finish it`;
