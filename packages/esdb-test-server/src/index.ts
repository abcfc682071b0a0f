export { startEsdbTestServer, type EsdbTestServer, type EsdbTestServerOptions } from './esdb-test-server.js';
export type { AccessDenial } from './faults.js';
