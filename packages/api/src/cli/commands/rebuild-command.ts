import { createProjectionRunner } from '@grip/projections';
import type { Command } from 'commander';
import { withGrip, type GlobalOptions } from '../open-cli-grip.js';

export function registerRebuild(program: Command, globals: () => GlobalOptions): void {
  program
    .command('rebuild')
    .summary('drop the read models and fold the whole event store into them again')
    .description('Rebuilds every projection from the first event, in one transaction; run it with the server stopped.')
    .action(async () => {
      const report = await withGrip(globals(), async (grip) => {
        const runner = createProjectionRunner({ store: grip.store, db: grip.config.readModelPath });
        try {
          return await runner.rebuild();
        } finally {
          await runner.stop();
          runner.db.close();
        }
      });
      process.stdout.write(`rebuilt read models from ${report.events} event(s) in ${Math.round(report.millis)} ms\n`);
    });
}
