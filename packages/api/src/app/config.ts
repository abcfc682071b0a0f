import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * All configuration comes from environment variables, read here and only here, and validated at
 * start so a typo fails loudly with the variable's name instead of half-starting.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  GRIP_DATA_DIR: z.string().min(1).default('./data'),
  /** First admin key; when absent and the store is new, demo mode generates one and prints it. */
  GRIP_BOOTSTRAP_ADMIN_KEY: z.string().min(24, 'use at least 24 characters').optional(),
  /** Import the demo journals into an empty store on start (default on). */
  GRIP_DEMO: z.enum(['on', 'off']).default('on'),
  GRIP_SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL']).default('FULL'),
  /** Which event store: the embedded SQLite file, or EventStoreDB. Default: esdb when a connection string is set. */
  GRIP_STORE: z.enum(['sqlite', 'esdb']).optional(),
  /** EventStoreDB to use (GRIP_STORE=esdb), and the target of `grip migrate`. */
  GRIP_ESDB_CONNECTION_STRING: z.string().startsWith('esdb').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The official municipality codes per year, as a JSON file (docs/municipality-codes.md); unset: format check only. */
  GRIP_MUNICIPALITY_LIST: z.string().min(1).optional(),
  /** pretty: coloured lines for a person (pino-pretty); json: one JSON object a line; auto: pretty on a terminal. */
  GRIP_LOG_FORMAT: z.enum(['auto', 'pretty', 'json']).default('auto'),
  /** The anchors log (grip anchor); outside the SQLite file by design, ideally on another disk or an append-only mount. */
  GRIP_ANCHOR_LOG: z.string().min(1).optional(),
  /** Requests with a wrong API key allowed per client address per minute; then 429 until the minute is over. */
  GRIP_AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  /** Reports (projection queries) one API key may have computed at the same time; more get 429. */
  GRIP_CONCURRENT_READS_PER_KEY: z.coerce.number().int().min(1).default(4),
  GRIP_BODY_LIMIT: z
    .string()
    .regex(/^\d+(kb|mb)$/)
    .default('1mb'),
  /** How long a query with Grip-Min-Position waits for the read models before answering 503. */
  GRIP_READ_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(3000),
  /** While writes keep coming, the read models commit at most once per this many ms (0: after every write). */
  GRIP_PROJECTION_COMMIT_INTERVAL_MS: z.coerce.number().int().min(0).max(10_000).default(50),
});

export type GripConfig = {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly eventStorePath: string;
  readonly keyStorePath: string;
  readonly anchorLogPath: string;
  readonly bootstrapAdminKey: string | undefined;
  readonly demo: boolean;
  readonly sqliteSynchronous: 'FULL' | 'NORMAL';
  readonly store: 'sqlite' | 'esdb';
  readonly esdbConnectionString: string | undefined;
  readonly logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  readonly logFormat: LogFormatSetting;
  readonly municipalityListPath: string | undefined;
  readonly bodyLimit: string;
  readonly readWaitMs: number;
  readonly projectionCommitIntervalMs: number;
  readonly authFailuresPerMinute: number;
  readonly concurrentReadsPerKey: number;
};

export type LogFormatSetting = z.infer<typeof envSchema>['GRIP_LOG_FORMAT'];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined>): GripConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const e = parsed.data;
  const store = e.GRIP_STORE ?? (e.GRIP_ESDB_CONNECTION_STRING ? 'esdb' : 'sqlite');
  if (store === 'esdb' && !e.GRIP_ESDB_CONNECTION_STRING)
    throw new ConfigError([
      'GRIP_ESDB_CONNECTION_STRING: required when GRIP_STORE=esdb (e.g. esdb://localhost:2113?tls=false)',
    ]);
  const dataDir = resolve(e.GRIP_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    eventStorePath: join(dataDir, 'grip.sqlite'),
    keyStorePath: join(dataDir, 'keys.sqlite'),
    anchorLogPath: e.GRIP_ANCHOR_LOG === undefined ? join(dataDir, 'anchors.jsonl') : resolve(e.GRIP_ANCHOR_LOG),
    bootstrapAdminKey: e.GRIP_BOOTSTRAP_ADMIN_KEY,
    demo: e.GRIP_DEMO === 'on',
    sqliteSynchronous: e.GRIP_SQLITE_SYNCHRONOUS,
    store,
    esdbConnectionString: e.GRIP_ESDB_CONNECTION_STRING,
    logLevel: e.LOG_LEVEL,
    logFormat: e.GRIP_LOG_FORMAT,
    municipalityListPath: e.GRIP_MUNICIPALITY_LIST === undefined ? undefined : resolve(e.GRIP_MUNICIPALITY_LIST),
    bodyLimit: e.GRIP_BODY_LIMIT,
    readWaitMs: e.GRIP_READ_WAIT_MS,
    projectionCommitIntervalMs: e.GRIP_PROJECTION_COMMIT_INTERVAL_MS,
    authFailuresPerMinute: e.GRIP_AUTH_FAILURES_PER_MINUTE,
    concurrentReadsPerKey: e.GRIP_CONCURRENT_READS_PER_KEY,
  };
}

/**
 * The process environment. This module is the one place that reads it (a lint rule holds the rest of
 * the code to that), so every setting the service and the CLI take is listed and validated here.
 */
export function processEnvironment(): Record<string, string | undefined> {
  return { ...process.env };
}

/** The operating-system user's name as the environment states it, for when `os.userInfo()` fails. */
export function environmentUserName(): string | undefined {
  return process.env['USER'] ?? process.env['USERNAME'];
}
