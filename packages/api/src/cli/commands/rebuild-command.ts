import { availableParallelism } from 'node:os';
import { createProjectionRunner, type RebuildProgress, type StoreRecipe } from '@grip/projections';
import { InvalidArgumentError, type Command } from 'commander';
import type { GripConfig } from '../../app/config.js';
import { withGrip, type GlobalOptions } from '../open-cli-grip.js';
import { createProgress, type Progress } from '../progress.js';

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

export function registerRebuild(program: Command, globals: () => GlobalOptions): void {
  program
    .command('rebuild')
    .summary('drop the read models and fold the whole event store into them again')
    .description(
      'Rebuilds every projection from the first event, in one transaction; run it with the server stopped. ' +
        'Streams are folded in parallel threads (one per CPU unless --workers says otherwise), each opening ' +
        'the store itself; the read models are the same with any number of threads.',
    )
    .option('--workers <n>', 'threads to fold with, the main thread included', positiveInteger, availableParallelism())
    .action(async (options: { workers: number }) => {
      const report = await withGrip(globals(), async (grip) => {
        const parallel = options.workers > 1 ? { workers: options.workers, store: recipeFor(grip.config) } : undefined;
        const runner = createProjectionRunner({
          store: grip.store,
          db: grip.config.readModelPath,
          ...(parallel ? { parallel } : {}),
        });
        const progress = progressBar();
        try {
          return await runner.rebuild({ onProgress: progress.onProgress });
        } finally {
          progress.stop();
          await runner.stop();
          runner.db.close();
        }
      });
      const threads = report.workers === 1 ? '1 thread' : `${report.workers} threads`;
      process.stdout.write(
        `rebuilt read models from ${report.events} event(s) in ${Math.round(report.millis)} ms (${threads})\n`,
      );
    });
}
