// `npm run bench` entry point: runs every benchmark in turn, passing the command-line flags on.
// Each benchmark prints its figures as ratios against a baseline measured in the same run.
//   --only ledger|projections   run one of them
//   --appends N                 ledger append benchmark size (default 3000)
//   --events N                  projection benchmark size (default 1,000,000)
//   --repeat N                  runs of each rebuild, each paired with a baseline run (default 3)
//   --workers N                 threads of the parallel rebuild (default: the CPUs, at least 2)
//   --store-file path           keep the SQLite event store for the next run
import { runAppendBench } from './ledger/append-bench.mjs';
import { runProjectionBench } from './projections/bench.mjs';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
if (only === null || only === 'ledger') await runAppendBench(args);
if (only === null || only === 'projections') await runProjectionBench(args);
