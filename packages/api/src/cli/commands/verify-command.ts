import { existsSync, readFileSync } from 'node:fs';
import { findAnchorLines, parseAnchorLine, type Anchor } from '@grip/ledger';
import type { Command } from 'commander';
import { describePendingImport, type PendingImport } from '../../journal/import-log.js';
import { readAnchorLog } from '../../trust/anchor-log.js';
import { describeVerification, verifyLedger } from '../../trust/verify-ledger.js';
import { verifyExportFile } from '../../trust/verify-export.js';
import { CliError, usageError } from '../cli-error.js';
import { terminalText } from '../terminal-text.js';
import { cliConfig, withGrip, type GlobalOptions } from '../open-cli-grip.js';
import { createProgress } from '../progress.js';

type VerifyOptions = { anchor?: string[]; export?: string };

/** An anchor given on the command line: the line itself, or a file holding anchor lines (a letter, an export). */
function givenAnchors(values: readonly string[]): Anchor[] {
  return values.flatMap((value) => {
    const line = parseAnchorLine(value);
    if (line) return [line];
    if (!existsSync(value)) throw usageError(`--anchor takes an anchor line or a file with one; "${value}" is neither`);
    const found = findAnchorLines(readFileSync(value, 'utf8'));
    if (found.length === 0) throw usageError(`${value} holds no anchor line (grip-anchor/1 …)`);
    return found;
  });
}

export function registerVerify(program: Command, globals: () => GlobalOptions): void {
  program
    .command('verify')
    .summary('verify the hash chains, the anchors, or an export file')
    .description(
      [
        'Recomputes every event hash and checks that each event points at its',
        'predecessor in its stream; then folds the ledger-wide digest over all',
        'events in position order and checks it against every anchor in the',
        'anchors log and every --anchor given. Deleting, truncating, reordering',
        'or rewriting (even re-hashing) anything at or before an anchor is',
        'reported, naming the first divergence; the exit code is then 1.',
        '--export <file> checks an exported CSV, JSON or XLSX file offline, without',
        'the database: its content against its manifest, and its anchor against',
        'the anchors log and any --anchor given.',
      ].join('\n'),
    )
    .option('--anchor <line|file...>', 'also check against this anchor line, or the anchor lines in this file')
    .option('--export <file>', 'check an export file (CSV, JSON or XLSX) against its manifest, offline')
    .action(async (options: VerifyOptions) => {
      const extra = givenAnchors(options.anchor ?? []);
      if (options.export !== undefined) {
        const logged = readAnchorLog(cliConfig(globals()).anchorLogPath);
        const result = await verifyExportFile(options.export, [...logged, ...extra]);
        for (const line of result.lines) process.stdout.write(`${line}\n`);
        if (!result.ok) throw new CliError(`${options.export} does not verify (see above)`);
        return;
      }
      let pending: PendingImport[] = [];
      const verification = await withGrip(globals(), async (grip) => {
        pending = grip.imports.pending();
        let streams = 0;
        for await (const _ of grip.store.listStreams()) streams++;
        const progress = createProgress('verifying', streams, process.stderr, 20);
        try {
          const logged = readAnchorLog(grip.config.anchorLogPath);
          return await verifyLedger(grip.store, [...logged, ...extra], (done) => progress.update(done.streams));
        } finally {
          progress.stop();
        }
      });
      for (const p of pending) process.stdout.write(`${terminalText(describePendingImport(p))}\n`);
      const { streams, anchors } = verification;
      if (verification.ok && pending.length > 0) {
        throw new CliError(`${pending.length} import(s) began and did not finish; the store holds part of them`);
      }
      if (verification.ok) {
        const held = anchors.verdicts.length;
        process.stdout.write(
          `ok: ${streams.eventsChecked} event(s) in ${streams.streamsChecked} stream(s) verified; ${held} anchor(s) hold` +
            (held === 0 ? ' (none recorded: run grip anchor and publish its line)' : '') +
            (anchors.unanchored ? `; ${anchors.unanchored} newer event(s) not yet anchored` : '') +
            `\n`,
        );
        return;
      }
      for (const line of describeVerification(verification)) process.stdout.write(`${terminalText(line)}\n`);
      const [first] = streams.breaks;
      const brokenAnchors = anchors.verdicts.filter((v) => !v.holds).length;
      const parts = [
        ...(first
          ? [
              `hash chain broken in ${streams.breaks.length} stream(s); first: ${first.streamId} revision ${first.revision}${first.eventId ? ` event ${first.eventId}` : ''}`,
            ]
          : []),
        ...(brokenAnchors > 0 ? [`${brokenAnchors} anchor(s) broken`] : []),
        ...(anchors.firstDivergence
          ? [`first divergence at event ${anchors.firstDivergence.index} of the ledger`]
          : []),
      ];
      throw new CliError(parts.join('; '));
    });
}
