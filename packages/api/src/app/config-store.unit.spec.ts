import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const esdb = 'esdb://127.0.0.1:2113?tls=false';

describe('choosing the event store (GRIP_STORE)', () => {
  it('uses SQLite by default, and EventStoreDB when a connection string is given', () => {
    expect(loadConfig({}).store).toBe('sqlite');
    expect(loadConfig({ GRIP_ESDB_CONNECTION_STRING: esdb })).toMatchObject({
      store: 'esdb',
      esdbConnectionString: esdb,
    });
  });

  it('GRIP_STORE=sqlite keeps SQLite while the connection string stays available (as the target of grip migrate)', () => {
    expect(loadConfig({ GRIP_STORE: 'sqlite', GRIP_ESDB_CONNECTION_STRING: esdb })).toMatchObject({
      store: 'sqlite',
      esdbConnectionString: esdb,
    });
  });

  it('GRIP_STORE=esdb without a connection string fails at start, naming the variable', () => {
    expect(() => loadConfig({ GRIP_STORE: 'esdb' })).toThrow(ConfigError);
    expect(() => loadConfig({ GRIP_STORE: 'esdb' })).toThrow(
      /GRIP_ESDB_CONNECTION_STRING: required when GRIP_STORE=esdb/,
    );
    expect(() => loadConfig({ GRIP_STORE: 'kafka' })).toThrow(/GRIP_STORE/);
  });
});
