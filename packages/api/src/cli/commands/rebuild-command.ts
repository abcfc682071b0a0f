import { availableParallelism } from 'node:os';
import type { RebuildProgress, StoreRecipe } from '@grip/projections';
import { InvalidArgumentError, type Command } from 'commander';
import type { GripConfig } from '../../app/config.js';
import { withGrip, type GlobalOptions } from '../open-cli-grip.js';
import { createProgress, type Progress } from '../progress.js';
import { rebuildIntoNewFile, type Handover, type RebuildOutcome } from '../rebuild/rebuild-into-new-file.js';

/** How a worker thread opens the same store the CLI has open (see @grip/projections' StoreRecipe). */
function recipeFor(config: GripConfig): StoreRecipe {
  return config.store === 'esdb' && config.esdbConnectionString
    ? {
        module: '@grip/ledger/esdb',
        factory: 'createEsdbEventStore',
        options: { connectionString: config.esdbConnectionString },
      }
    : { module: '@grip/ledger/sqlite', factory: 'openSqliteEventStore', options: { path: config.eventStorePath } };
}

function positiveInteger(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('a whole number of threads from 1 to 64');
  return n;
}

/** The progress bar starts with the first report, which brings the total. */
function progressBar(): { onProgress: (p: RebuildProgress) => void; stop(): void } {
  let bar: Progress | null = null;
  return {
    onProgress: (p) => {
      bar ??= createProgress('rebuilding (streams)', p.total, process.stderr, 50);
      bar.update(p.done, p.total);
    },
    stop: () => bar?.stop(),
  };
}

function seconds(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 3600)
    throw new InvalidArgumentError('a whole number of seconds from 0 to 3600');
  return n;
}

const HANDOVER: Record<Handover, (o: RebuildOutcome) => string> = {
  removed: (o) => `read models now in ${o.file} (${o.previous} removed)`,
  switched: (o) => `read models now in ${o.file}: the running service switched to it and removed ${o.previous}`,
  pending: (o) =>
    `read models now in ${o.file}; another process still has the data folder open: a running service ` +
    `switches when it notices (about a second, longer while it catches up), or at its next start, and removes ${o.previous}`,
};

export function registerRebuild(program: Command, globals: () => GlobalOptions): void {
  program
    .command('rebuild')
    .summary('fold the whole event store into a new read-model file and swap it in, also while the service runs')
    .description(
      'Rebuilds every projection from the first event into a new file (read-models.<time>-<id>.sqlite in ' +
        'the data folder), catches it up with the store, and then points the folder at it ' +
        '(read-models.current). A running service keeps answering from its current file during the ' +
        'rebuild, then catches the new file up with what was written meanwhile and switches between two ' +
        'commits, without a failed request; it removes the old file. With the service stopped the old file ' +
        'is removed at once. A rebuild that fails or is interrupted changes nothing: the old file stays ' +
        'current and the half-built one is removed (at the next start or rebuild after a kill). ' +
        'Streams are folded in parallel threads (one per CPU unless --workers says otherwise), each opening ' +
        'the store itself; the read models are the same with any number of threads.',
    )
    .option('--workers <n>', 'threads to fold with, the main thread included', positiveInteger, availableParallelism())
    .option('--wait <seconds>', 'how long to wait for a running service to switch to the new file', seconds, 30)
    .action(async (options: { workers: number; wait: number }) => {
      const outcome = await withGrip(globals(), async (grip) => {
        const parallel = options.workers > 1 ? { workers: options.workers, store: recipeFor(grip.config) } : undefined;
        const progress = progressBar();
        try {
          return await rebuildIntoNewFile(grip, {
            ...(parallel && { parallel }),
            onProgress: progress.onProgress,
            waitMs: options.wait * 1000,
          });
        } finally {
          progress.stop();
        }
      });
      const threads = outcome.workers === 1 ? '1 thread' : `${outcome.workers} threads`;
      process.stdout.write(
        `rebuilt read models from ${outcome.events} event(s) in ${Math.round(outcome.millis)} ms (${threads})\n` +
          `${HANDOVER[outcome.handover](outcome)}\n`,
      );
    });
}
