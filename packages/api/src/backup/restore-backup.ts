import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnchorLine } from '@grip/ledger';
import { SQLITE_SIDE_FILES } from '@grip/ledger/sqlite';
import type { GripConfig } from '../app/config.js';
import { processesUsing } from '../app/in-use-marker.js';
import { currentReadModel, POINTER } from '../app/read-model-files/read-model-files.js';
import { isEmptyLedgerAnchor } from '../export/manifest.js';
import { describeVerification } from '../trust/verify-ledger.js';
import { extractArchive } from './backup-archive.js';
import { BackupError } from './backup-error.js';
import { verifyStaged } from './create-backup.js';

/** Each replaced file and SQLite's files beside it, moved aside together. */
const SIDE_FILES = ['', ...SQLITE_SIDE_FILES];

function refuseIfInUse(config: GripConfig): void {
  const pids = processesUsing(config.dataDir);
  if (pids.length > 0)
    throw new BackupError(
      `${config.dataDir} is in use by process ${pids.join(', ')}: stop the service (and any grip command) first`,
    );
}

/**
 * `grip restore <file>`: every byte is checked against the manifest, and the restored events against
 * their hash chains, their anchors and the manifest's anchor, in a staging folder, before anything in
 * the data folder is touched. Then the current files (events, keys, anchors log, read models) are moved
 * aside into replaced-<time>/ (nothing is deleted) and the restored ones take their place. The read
 * models are not in a backup: the service rebuilds them from the restored events when it starts.
 */
export async function restoreBackup(config: GripConfig, file: string, now: Date) {
  if (!existsSync(file)) throw new BackupError(`${file}: no such file`);
  refuseIfInUse(config);
  mkdirSync(config.dataDir, { recursive: true });
  const stage = mkdtempSync(join(config.dataDir, '.restore-'));
  try {
    const manifest = extractArchive(file, (name) => join(stage, name));
    const staged = (name: string) => join(stage, name);
    if (!existsSync(staged('grip.sqlite'))) throw new BackupError('the backup holds no event store');
    const verification = await verifyStaged(staged('grip.sqlite'), staged('anchors.jsonl'));
    const anchor = parseAnchorLine(manifest.anchor);
    const head = verification.anchors.head;
    const matches = anchor
      ? anchor.events === head.events && anchor.digest === head.digest
      : isEmptyLedgerAnchor(manifest.anchor) && head.events === 0;
    if (!verification.ok || !matches)
      throw new BackupError(
        `the backup does not verify, nothing was changed:\n  ${[
          ...describeVerification(verification),
          ...(matches ? [] : [`its events do not digest to the manifest's anchor ${manifest.anchor}`]),
        ].join('\n  ')}`,
      );

    refuseIfInUse(config);
    const readModels = currentReadModel(config.dataDir);
    const targets: Record<string, string> = {
      'grip.sqlite': config.eventStorePath,
      'keys.sqlite': config.keyStorePath,
      'anchors.jsonl': config.anchorLogPath,
      // Whichever read-model file is current, and the pointer to it: the service starts on an empty one.
      [readModels.file]: readModels.path,
      [POINTER]: join(config.dataDir, POINTER),
    };
    const aside = join(config.dataDir, `replaced-${now.toISOString().replace(/[:.]/g, '-')}`);
    const moved: string[] = [];
    for (const [name, path] of Object.entries(targets))
      for (const suffix of SIDE_FILES)
        if (existsSync(path + suffix)) {
          mkdirSync(aside, { recursive: true });
          renameSync(path + suffix, join(aside, name + suffix));
          moved.push(name + suffix);
        }
    for (const f of manifest.files) renameSync(staged(f.name), targets[f.name]!);
    return { manifest, events: head.events, aside: moved.length > 0 ? aside : null, moved };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
