// `npm run bench` entry point. Runs the benchmarks below in turn, prints ONE table (every figure a ratio
// against a baseline measured in the same run) and, in full mode, writes it to bench/results.md, one
// section per benchmark (a section another run or benchmark wrote is kept).
//   --quick                     small sizes, under 2 minutes: CI's smoke test (asserts nothing about time)
//   --only NAME[,NAME]          run only these benchmarks (names below)
//   --results PATH              where to write the sections (default bench/results.md; quick mode writes
//                               only when this is given)
//   --appends N                 write path: appends per variant (default 3200, quick 320)
//   --events N, --repeat N, --workers N, --store-file PATH   rebuild (see projections/bench.mjs)
//
// A benchmark is { name, title, run }: run({ quick, args }) returns { rows, notes? }, each row
// { benchmark, variant, figure, ratio, against, target? }. To add one, add one line to BENCHMARKS.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runHttpBench } from './http/http-bench.mjs';
import { machineDescription, sectionMarkdown, writeSections } from './harness/results-file.mjs';
import { consoleTable, markdownTable } from './harness/table.mjs';
import { runMoneyBench } from './money/money-bench.mjs';
import { runReadsBench } from './reads/reads-bench.mjs';
import { runRebuildBench } from './projections/rebuild-rows.mjs';
import { runWriteBench } from './write/write-bench.mjs';

const BENCHMARKS = [
  { name: 'write', title: 'Write path: durable appends', run: runWriteBench },
  { name: 'http', title: 'HTTP: commands against GET /health', run: runHttpBench },
  { name: 'projections', title: 'Rebuild of the read models', run: runRebuildBench },
  { name: 'money', title: 'Money arithmetic', run: runMoneyBench },
  { name: 'reads', title: 'Reads: queries against GET /health as history grows', run: runReadsBench },
];

const args = process.argv.slice(2);
const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const quick = args.includes('--quick') || process.env.npm_config_quick === 'true';
const only = flag('--only')?.split(',');
const unknown = only?.filter((name) => !BENCHMARKS.some((b) => b.name === name)) ?? [];
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
const defaultResults = resolve(fileURLToPath(import.meta.url), '../../../bench/results.md');
const resultsPath = flag('--results') ?? (quick ? null : defaultResults);

const mib = (kib) => `${Math.round(kib / 1024)} MiB`;
const started = new Date();
const rows = [];
const sections = [];
const notes = [];
console.log(`${quick ? 'quick' : 'full'} benchmark run on ${machineDescription()}`);
for (const benchmark of BENCHMARKS.filter((b) => !only || only.includes(b.name))) {
  const t = performance.now();
  const result = (await benchmark.run({ quick, args })) ?? {};
  const own = result.rows ?? [];
  // Peak RSS of this process so far (monotonic: a later benchmark's figure includes the earlier ones).
  own.push({
    benchmark: own[0]?.benchmark ?? benchmark.name,
    variant: 'peak RSS of the bench process so far',
    figure: mib(process.resourceUsage().maxRSS),
  });
  if (result.serverPeakRssMiB)
    own.push({
      benchmark: own[0].benchmark,
      variant: 'peak RSS of the server',
      figure: `${Math.round(result.serverPeakRssMiB)} MiB`,
    });
  rows.push(...own);
  notes.push(...(result.notes ?? []).map((n) => `${benchmark.name}: ${n}`));
  const seconds = ((performance.now() - t) / 1000).toFixed(0);
  const body = [markdownTable(own), ...(result.notes ?? []).map((n) => `\n${n}`), `\nTook ${seconds} s.`].join('\n');
  sections.push([
    benchmark.name,
    sectionMarkdown(benchmark.name, benchmark.title, body, { mode: quick ? 'quick' : 'full', date: started }),
  ]);
}
console.log(
  `\n${consoleTable([{ benchmark: 'benchmark', variant: 'variant', figure: 'figure', ratio: 'ratio', against: 'against (same run)', target: 'target' }, ...rows])}`,
);
// The notes explain the figures (a miss, its cause) from the same run: they go with the table.
if (notes.length > 0) console.log(`\n${notes.join('\n')}`);
if (resultsPath) {
  writeSections(resultsPath, sections);
  console.log(`\nwritten to ${resultsPath}`);
}
