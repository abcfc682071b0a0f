import { formatAnchorLine } from '@grip/ledger';
import type { Command } from 'commander';
import { appendAnchor, readAnchorLog } from '../../trust/anchor-log.js';
import { describeVerification, verifyLedger } from '../../trust/verify-ledger.js';
import { CliError } from '../cli-error.js';
import { withGrip, type GlobalOptions } from '../open-cli-grip.js';

export function registerAnchor(program: Command, globals: () => GlobalOptions): void {
  program
    .command('anchor')
    .summary('record the ledger head in the anchors log and print it as one line to publish')
    .description(
      [
        'Verifies the store first (every hash chain, every recorded anchor) and',
        'refuses to anchor a store that fails. Then prints the head of the',
        'ledger, e.g.',
        '  grip-anchor/1 at=2026-12-02T01:00:00.000Z events=1234 position=1234 sha256=…',
        'and appends it to the anchors log (GRIP_ANCHOR_LOG, default',
        'anchors.jsonl in the data folder, outside the database file).',
        'Publish the line outside this machine (the P&C document, a council',
        "letter): `grip verify --anchor '<line>'` then proves that nothing at or",
        'before it was deleted, reordered or changed since.',
      ].join('\n'),
    )
    .action(async () => {
      const { line, path } = await withGrip(globals(), async (grip) => {
        const path = grip.config.anchorLogPath;
        const recorded = readAnchorLog(path);
        const verification = await verifyLedger(grip.store, recorded);
        if (!verification.ok) {
          for (const text of describeVerification(verification)) process.stdout.write(`${text}\n`);
          throw new CliError('the store fails verification: not anchored (see above)');
        }
        const { head } = verification.anchors;
        if (head.position === null) throw new CliError('the store is empty: nothing to anchor');
        const anchor = {
          at: grip.clock.now().toISOString(),
          events: head.events,
          position: head.position,
          digest: head.digest,
        };
        appendAnchor(path, { ...anchor, trailFrom: verification.anchors.trailFrom, trail: verification.anchors.trail });
        return { line: formatAnchorLine(anchor), path };
      });
      process.stdout.write(`${line}\n`);
      process.stderr.write(`recorded in ${path}; publish this line outside this machine\n`);
    });
}
