import { createHttpApp } from './http/app.js';
import { createMetrics } from './http/observability/metrics.js';
import { DEMO_ACTOR, importDemoJournals } from './journal/demo.js';
import { bootstrapAdminMessage, bootstrapKeys } from './app/bootstrap-keys.js';
import { ConfigError, loadConfig, processEnvironment, type GripConfig } from './app/config.js';
import { createLogger } from './app/logger.js';
import { openGrip } from './app/open-grip.js';
import { startProjections } from './app/projections.js';
import { listen } from './app/server.js';

function configOrExit(): GripConfig {
  try {
    return loadConfig(processEnvironment());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`grip: ${error.message}\nSee packages/api/README.md for the variables.\n`);
    process.exit(78); // EX_CONFIG
  }
}

/**
 * `npm start`: open the store, make sure there is a key, import the demo journals into an empty
 * store, start the projections runner and the server; on SIGTERM/SIGINT stop in reverse order.
 */
async function main(): Promise<void> {
  const config = configOrExit();
  const logger = createLogger(config);
  const grip = await openGrip(config).catch((error: unknown) => {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`grip: ${error.message}\n`); // e.g. an unreadable GRIP_MUNICIPALITY_LIST
    process.exit(78); // EX_CONFIG
  });
  const keys = bootstrapKeys(grip);
  const bootstrapLine = bootstrapAdminMessage[keys.bootstrapAdmin];
  if (bootstrapLine) logger[keys.bootstrapAdmin === 'created' ? 'info' : 'warn'](bootstrapLine);

  // The demo import runs into an empty store, and again when a crash cut it short: on SQLite it is one
  // transaction (a crash leaves the store empty), elsewhere its note in the import log is still there.
  const demoUnfinished = grip.imports.pending().some((p) => p.actor === DEMO_ACTOR);
  if (config.demo && ((await grip.store.headPosition()) === null || demoUnfinished)) {
    const summary = await importDemoJournals(grip);
    logger.info(summary, demoUnfinished ? 'finished the interrupted demo import' : 'imported the demo journals');
  }
  const projections = await startProjections(grip, {
    onCorrupt: (movedTo, reason) =>
      logger.warn(
        { movedTo, reason },
        'the read-model file failed its integrity check: moved aside, folding every event again',
      ),
    onRemoved: (files) => logger.info({ files }, 'removed read-model files of earlier or unfinished rebuilds'),
    onSwapped: (swap) => logger.info(swap, 'switched to the rebuilt read-model file'),
    onSwapFailed: (file, error) =>
      logger.error(
        { file, err: error },
        'the rebuilt read-model file could not be caught up: still answering from the current one',
      ),
  });
  const metrics = createMetrics({ projectionLag: projections.lag, processMetrics: true });
  const { models, snapshots } = projections.runner;
  const reads = { models, snapshots, waitMs: config.readWaitMs, file: projections.file };
  const app = createHttpApp(grip, { logger, metrics, reads });
  const http = await listen(app, { port: config.port, host: config.host });

  const lines = [
    `Grip is listening on ${http.url}`,
    `  API docs:  ${http.url}/api/v1/docs`,
    `  OpenAPI:   ${http.url}/api/v1/openapi.json`,
  ];
  if (keys.demoKey) {
    lines.push(
      `  Demo key:  ${keys.demoKey}`,
      `  Try:       curl -H "Authorization: Bearer ${keys.demoKey}" ${http.url}/api/v1/programmes`,
    );
  } else if (grip.keys.count() === 0) {
    lines.push('  No API keys yet: set GRIP_BOOTSTRAP_ADMIN_KEY or run `npx grip keys create`.');
  }
  process.stdout.write(`${lines.join('\n')}\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    await http.close();
    await projections.stop();
    await grip.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`grip: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
