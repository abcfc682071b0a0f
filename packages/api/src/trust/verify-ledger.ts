import {
  checkAnchors,
  verifyStore,
  type AnchorCheck,
  type AnchorRecord,
  type EventStore,
  type VerifyReport,
} from '@grip/ledger';

/** Both halves of tamper evidence: every stream's hash chain, and the ledger-wide digest against anchors. */
export type LedgerVerification = {
  readonly ok: boolean;
  readonly streams: VerifyReport;
  readonly anchors: AnchorCheck;
};

export async function verifyLedger(
  store: EventStore,
  anchors: readonly AnchorRecord[],
  onStream?: (done: { streams: number }) => void,
): Promise<LedgerVerification> {
  const streams = await verifyStore(store, onStream);
  const checked = await checkAnchors(store, anchors);
  return { ok: streams.ok && checked.ok, streams, anchors: checked };
}

/** The report as lines for a terminal or a log: every broken stream, every anchor, the first divergence. */
export function describeVerification(v: LedgerVerification): string[] {
  const lines: string[] = [];
  for (const b of v.streams.breaks)
    lines.push(
      `broken: ${b.streamId} revision ${b.revision}${b.eventId ? ` (event ${b.eventId})` : ''}: ${b.problem}: ${b.message}`,
    );
  for (const verdict of v.anchors.verdicts) {
    const a = verdict.anchor;
    lines.push(
      `${verdict.holds ? 'anchor holds' : `anchor BROKEN (${verdict.problem})`}: ${a.at} events=${a.events} position=${a.position}: ${verdict.message}`,
    );
  }
  if (v.anchors.firstDivergence) lines.push(`first divergence: ${v.anchors.firstDivergence.message}`);
  return lines;
}
