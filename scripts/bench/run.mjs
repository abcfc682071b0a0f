// `npm run bench` entry point: runs every benchmark in turn, passing the command-line flags on.
import { runProjectionBench } from './projections/bench.mjs';

const args = process.argv.slice(2);
await runProjectionBench(args);
