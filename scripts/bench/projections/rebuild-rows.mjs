// The existing rebuild benchmark (bench.mjs) as rows of the one table: each rebuild's median ratio
// against its paired baseline (JSON.parse of the same events plus a trivial fold).
import { ratio, whole } from '../harness/table.mjs';
import { runProjectionBench } from './bench.mjs';

export async function runRebuildBench({ quick, args }) {
  const quickSizes = [
    ['--events', '2000'],
    ['--repeat', '1'],
  ].filter(([flag]) => quick && !args.includes(flag));
  const result = await runProjectionBench([...args, ...quickSizes.flat()]);
  const row = (variant, figures, extra = {}) => ({
    benchmark: 'rebuild',
    variant: `${variant}, ${whole(result.events)} events`,
    figure: `${whole(figures.eventsPerSecond)} events/s`,
    ratio: ratio(figures.ratio),
    against: `baseline: JSON.parse + trivial fold (${whole(figures.baselineEventsPerSecond)} events/s)`,
    ...extra,
  });
  const met = (r) => `≥ 0.5: ${r >= 0.5 ? 'met' : 'MISSED'}`;
  return {
    rows: [
      row('full rebuild from serialized events, 1 thread', result.rebuildFromSerialized),
      row('full rebuild from the SQLite store, 1 thread', result.rebuildSequential, {
        target: met(result.rebuildSequential.ratio),
      }),
      row(`full rebuild from the SQLite store, ${result.rebuildParallel.workers} threads`, result.rebuildParallel, {
        target: met(result.rebuildParallel.ratio),
      }),
    ],
    notes: [
      `Same read models from both SQLite rebuilds (content hash): ${result.sameReadModels}. As-of query (year slices of one programme): median ${result.asOfQuery.medianMillis} ms.`,
    ],
  };
}
