import { Command, Option } from 'commander';
import { registerAnchor } from './commands/anchor-command.js';
import { registerBackup } from './commands/backup-command.js';
import { registerImport } from './commands/import-command.js';
import { registerKeys } from './commands/keys-command.js';
import { registerMigrate } from './commands/migrate-command.js';
import { registerRebuild } from './commands/rebuild-command.js';
import { registerReport } from './commands/report-command.js';
import { registerVerify } from './commands/verify-command.js';
import type { GlobalOptions } from './open-cli-grip.js';

/** The grip command line; every command opens the store named by GRIP_DATA_DIR (or --data-dir). */
export function buildProgram(): Command {
  const program = new Command('grip')
    .description(
      'Grip: an event-sourced savings ledger for Dutch municipalities.\nReads the same environment variables as the server\n(GRIP_DATA_DIR: the data folder, default ./data).',
    )
    .addOption(new Option('--data-dir <dir>', 'folder with grip.sqlite and keys.sqlite (overrides GRIP_DATA_DIR)'))
    .option('--actor <name>', 'actor named on written events (default: cli:<os user>)')
    .option('--verbose', 'print stack traces of unexpected errors (and where a report was read from)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });
  const globals = (): GlobalOptions => program.opts<GlobalOptions>();
  registerImport(program, globals);
  registerReport(program, globals);
  registerVerify(program, globals);
  registerAnchor(program, globals);
  registerBackup(program, globals);
  registerRebuild(program, globals);
  registerKeys(program, globals);
  registerMigrate(program, globals);
  // Subcommands inherit exitOverride only when set before they are added; set it on each explicitly.
  for (const command of program.commands) command.exitOverride().commands.forEach((sub) => sub.exitOverride());
  return program;
}
