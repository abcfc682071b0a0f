// The architecture rules of docs/architecture.md, checked on every `npm run lint`.
// Workspace packages (@grip/*) resolve through their `exports` maps to `dist/`, so lint builds first.
const pureDomain = '^packages/ledger/src/(money|events|commands|programme|municipality|rules|calendar|shared|errors)/';
const nodeIo =
  '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|worker_threads|cluster|dgram|dns|tls|readline|os)$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No file cycles, type-only imports included: a cycle hides which concept comes first.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'ledger-knows-nothing-of-its-users',
      severity: 'error',
      comment: 'The ledger is embedded by others: it never imports projections, the API or the dashboard.',
      from: { path: '^packages/ledger/' },
      to: { path: '^packages/(projections|api|dashboard)/' },
    },
    {
      name: 'projections-only-through-ledger-exports',
      severity: 'error',
      comment: "Projections use @grip/ledger's public exports (its exports map, built into dist), never its sources.",
      from: { path: '^packages/projections/' },
      to: { path: '^packages/ledger/', pathNot: '^packages/ledger/dist/' },
    },
    {
      name: 'api-only-through-package-exports',
      severity: 'error',
      comment: 'The API uses the ledger and projections through their exports maps, never their sources.',
      from: { path: '^packages/api/' },
      to: { path: '^packages/(ledger|projections)/', pathNot: '^packages/(ledger|projections)/dist/' },
    },
    {
      name: 'dashboard-only-through-http',
      severity: 'error',
      comment: 'The dashboard knows Grip only through the public /api/v1 over HTTP: it imports no other package.',
      from: { path: '^packages/dashboard/' },
      to: { path: '^packages/(ledger|projections|api|esdb-test-server)/' },
    },
    {
      name: 'workspace-imports-resolve',
      severity: 'error',
      comment: "An @grip/* import must name an entry of that package's exports map.",
      from: {},
      to: { path: '^@grip/', couldNotResolve: true },
    },
    {
      name: 'pure-domain-has-no-io',
      severity: 'error',
      comment:
        'Money, events, commands, state and rules are pure: no store adapter, facade (clock, ids) or I/O module.',
      from: { path: pureDomain, pathNot: '\\.spec\\.ts$' },
      to: {
        // The port (types) and stream naming are domain vocabulary; the adapters are not.
        pathNot: '^packages/ledger/src/store/(port|stream-ids)\\.ts$',
        path: [
          '^packages/ledger/src/(store|facade|testing)/',
          nodeIo,
          '^(better-sqlite3|@eventstore/db-client)$',
          'node_modules/(better-sqlite3|@eventstore/db-client)/',
        ],
      },
    },
    {
      name: 'io-only-in-adapters-and-composition',
      severity: 'error',
      comment:
        'Files and sockets are opened by the store adapters (store/sqlite, store/esdb), the projection runner ' +
        '(its read-model file and rebuild threads) and the api (composition root, HTTP, CLI, journals).',
      from: {
        path: '^packages/(ledger|projections)/src/',
        pathNot: [
          '^packages/ledger/src/store/(sqlite|esdb)/',
          '^packages/projections/src/runner/',
          '\\.spec\\.ts$',
          '/__fixtures__/',
        ],
      },
      to: {
        path: [
          nodeIo,
          'node_modules/(better-sqlite3|@eventstore/db-client)/',
          '^(better-sqlite3|@eventstore/db-client)$',
        ],
      },
    },
  ],
  options: {
    doNotFollow: { path: '(^|/)(node_modules|dist)/' },
    exclude: { path: '(^|/)(dist|node_modules|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
