import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteEventStore } from '@grip/ledger/sqlite';
import type { GripConfig } from '../app/config.js';
import { exportAnchor } from '../export/manifest.js';
import { readAnchorLog } from '../trust/anchor-log.js';
import { describeVerification, verifyLedger, type LedgerVerification } from '../trust/verify-ledger.js';
import { describeFile, writeArchive, type BackupManifest } from './backup-archive.js';
import { BackupError } from './backup-error.js';

/** SQLite's online backup, all remaining pages in one step: one read transaction, so one consistent snapshot. */
async function snapshot(source: string, target: string): Promise<void> {
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    await db.backup(target, { progress: () => 2 ** 30 });
  } finally {
    db.close();
  }
}

/** Opens a staged event store copy, verifies its chains and its anchors, and closes it (checkpointing its WAL). */
export async function verifyStaged(eventsPath: string, anchorsPath: string): Promise<LedgerVerification> {
  const store = openSqliteEventStore({ path: eventsPath });
  try {
    return await verifyLedger(store, readAnchorLog(anchorsPath));
  } finally {
    await store.close();
  }
}

/**
 * `grip backup <file>` while the service keeps writing: the anchors log first, then the keys, then the
 * events, each with SQLite's backup API. Events only grow, so every anchor copied is covered by the
 * events copied after it. The copy is verified (chains and anchors) before the backup file is written,
 * and the file appears under its name only when complete.
 */
export async function createBackup(config: GripConfig, target: string, now: Date) {
  if (config.esdbConnectionString)
    throw new BackupError('grip backup copies the SQLite event store; back EventStoreDB up with its own tools');
  if (existsSync(target)) throw new BackupError(`${target} exists: choose a new file name`);
  if (!existsSync(config.eventStorePath)) throw new BackupError(`no event store in ${config.dataDir}`);
  const stage = mkdtempSync(join(dirname(target), `.${basename(target)}.staging-`));
  try {
    const paths = {
      'anchors.jsonl': join(stage, 'anchors.jsonl'),
      'keys.sqlite': join(stage, 'keys.sqlite'),
      'grip.sqlite': join(stage, 'grip.sqlite'),
    };
    if (existsSync(config.anchorLogPath)) {
      // Complete lines only: a grip anchor running now may be half-way through appending one.
      const log = readFileSync(config.anchorLogPath, 'utf8');
      writeFileSync(paths['anchors.jsonl'], log.slice(0, log.lastIndexOf('\n') + 1));
    }
    if (existsSync(config.keyStorePath)) await snapshot(config.keyStorePath, paths['keys.sqlite']);
    await snapshot(config.eventStorePath, paths['grip.sqlite']);

    const verification = await verifyStaged(paths['grip.sqlite'], paths['anchors.jsonl']);
    if (!verification.ok)
      throw new BackupError(
        `the event store fails verification, no backup written:\n  ${describeVerification(verification).join('\n  ')}`,
      );
    const manifest: BackupManifest = {
      format: 'grip-backup/1',
      createdAt: now.toISOString(),
      anchor: exportAnchor(verification.anchors.head, now),
      files: (['grip.sqlite', 'keys.sqlite', 'anchors.jsonl'] as const)
        .filter((name) => existsSync(paths[name]))
        .map((name) => describeFile(name, paths[name])),
    };
    const partial = join(stage, 'backup.partial');
    writeArchive(partial, manifest, paths);
    renameSync(partial, target);
    return { manifest, events: verification.anchors.head.events };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
