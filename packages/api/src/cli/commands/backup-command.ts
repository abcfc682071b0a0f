import type { Command } from 'commander';
import { BackupError } from '../../backup/backup-error.js';
import { createBackup } from '../../backup/create-backup.js';
import { restoreBackup } from '../../backup/restore-backup.js';
import { CliError } from '../cli-error.js';
import { cliConfig, type GlobalOptions } from '../open-cli-grip.js';

const asCliError = (error: unknown): unknown => (error instanceof BackupError ? new CliError(error.message) : error);

export function registerBackup(program: Command, globals: () => GlobalOptions): void {
  program
    .command('backup')
    .summary('write a verified backup (events, keys, anchors) while the service keeps running')
    .description(
      [
        'Copies the event store, the API keys and the anchors log into one file',
        "with SQLite's online backup: consistent while writes continue. The copy",
        'is verified (hash chains and anchors) before the file is written. Its',
        'manifest names the anchor the backup was taken at and the sha256 of',
        'each part. Read models are not included: they are rebuilt from the',
        'events. Restore with grip restore <file>.',
      ].join('\n'),
    )
    .argument('<file>', 'the backup file to write (must not exist yet)')
    .action(async (file: string) => {
      const config = cliConfig(globals());
      const result = await createBackup(config, file, new Date()).catch((e: unknown) => {
        throw asCliError(e);
      });
      process.stdout.write(`${file}: ${result.events} event(s), ${result.manifest.files.length} file(s)\n`);
      process.stdout.write(`taken at: ${result.manifest.anchor}\n`);
    });

  program
    .command('restore')
    .summary('restore a backup into the data folder, after checking every byte and every chain')
    .description(
      [
        'Checks the backup against its manifest (sha256 of each part) and the',
        'restored events against their hash chains, their anchors and the',
        "manifest's anchor before anything is replaced. Refuses a data folder in",
        'use (stop the service first). The current files are moved aside into',
        'replaced-<time>/ in the data folder, never deleted; read models are',
        'rebuilt from the restored events when the service starts.',
      ].join('\n'),
    )
    .argument('<file>', 'a file written by grip backup')
    .action(async (file: string) => {
      const config = cliConfig(globals());
      const result = await restoreBackup(config, file, new Date()).catch((e: unknown) => {
        throw asCliError(e);
      });
      process.stdout.write(`restored ${result.events} event(s) into ${config.dataDir}\n`);
      process.stdout.write(`taken at: ${result.manifest.anchor}\n`);
      if (result.aside) process.stdout.write(`the previous files were moved to ${result.aside}\n`);
    });
}
