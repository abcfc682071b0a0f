import { CommanderError } from 'commander';
import { isJournalError } from '../journal/journal-error.js';
import { CliError, EXIT } from './cli-error.js';
import { buildProgram } from './program.js';
import { terminalText } from './terminal-text.js';

/** Errors the user can fix are one line; anything else is a bug and shows its stack with --verbose. */
function exitCodeFor(error: unknown, verbose: boolean): number {
  if (error instanceof CommanderError) {
    const helped =
      error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help';
    return helped ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof CliError) {
    process.stderr.write(`grip: ${terminalText(error.message)}\n`);
    return error.exitCode;
  }
  if (isJournalError(error)) {
    process.stderr.write(`grip: ${terminalText(error.message)}\n`);
    return EXIT.failure;
  }
  const known =
    error instanceof Error &&
    ['ProgrammeNotFoundError', 'UnknownMomentError', 'StoreFailure', 'SqliteError'].includes(error.name);
  process.stderr.write(`grip: ${terminalText(error instanceof Error ? error.message : String(error))}\n`);
  if (verbose && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else if (!known) process.stderr.write('grip: (run with --verbose for details)\n');
  return EXIT.failure;
}

export async function runCli(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return EXIT.ok;
  } catch (error) {
    return exitCodeFor(error, argv.includes('--verbose'));
  }
}
