import { hashStoredEvent, parseAnchorLine } from '@grip/ledger';
import type { EventRow } from '@grip/ledger/sqlite';
import type Database from 'better-sqlite3';
import { rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyDataDir, editStore, grip, journal, tempDir } from './support/grip-cli.js';

/**
 * The tamper matrix of issue 17: each case edits the SQLite file directly, as someone with write access
 * to it could, after `grip anchor`, and expects `grip verify` to report it and name where it starts.
 */
type Row = EventRow;

const dirs: string[] = [];
let base: string;
let anchorLine: string;
let anchoredEvents: number;

beforeAll(() => {
  base = tempDir('tamper-base');
  dirs.push(base);
  const imported = grip(base, 'import', journal('hoogeveen.yaml'), journal('assen.yaml'), journal('buren.yaml'));
  expect(imported.code, imported.stderr).toBe(0);
  const anchored = grip(base, 'anchor');
  expect(anchored.code, anchored.stderr).toBe(0);
  anchorLine = anchored.stdout.trim();
  anchoredEvents = parseAnchorLine(anchorLine)!.events;
  // Events after the anchor, so deletions before it are not at the end of the ledger.
  expect(grip(base, 'import', journal('dalfsen.yaml')).code).toBe(0);
  expect(grip(base, 'verify').code).toBe(0);
}, 180_000);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const rowsOf = (db: Database.Database, stream: string): Row[] =>
  db.prepare('SELECT * FROM events WHERE stream_id = ? ORDER BY revision').all(stream) as Row[];

/** What a careful forger does after an edit: recompute the stream's hashes from `fromRevision` on, so every link holds again. */
function rehash(db: Database.Database, stream: string, fromRevision: number): void {
  const rows = rowsOf(db, stream);
  const update = db.prepare('UPDATE events SET hash = ?, previous_hash = ? WHERE global_position = ?');
  let previous = fromRevision === 0 ? '0'.repeat(64) : rows[fromRevision - 1]!.hash;
  for (const row of rows.slice(fromRevision)) {
    const hash = hashStoredEvent(previous, {
      streamId: row.stream_id,
      revision: row.revision,
      type: row.type,
      version: row.version,
      data: JSON.parse(row.data),
      metadata: JSON.parse(row.metadata),
      hashVersion: row.hash_version,
      eventId: row.event_id,
      batchStart: row.batch_start,
      batchSize: row.batch_size,
    });
    update.run(hash, previous, row.global_position);
    previous = hash;
  }
}

/** The programme stream of Hoogeveen: long, written first, entirely before the anchor. */
const STREAM = 'programme-GM0118/hoogeveen-herontwerp';

function tamper(name: string, tried: string, edit: (db: Database.Database) => string) {
  const dir = copyDataDir(base, `tamper-${name}`);
  dirs.push(dir);
  const detail = editStore(dir, edit);
  const verify = grip(dir, 'verify');
  return { dir, verify, report: `${verify.stdout}${verify.stderr}`, tried: `${tried} (${detail})` };
}

function print(tried: string, report: string) {
  const held = report
    .split('\n')
    .filter((l) => /BROKEN|broken:|first divergence|grip:/.test(l))
    .join('\n    ');
  console.log(`[tamper matrix] tried: ${tried}\n  verify reported:\n    ${held}`);
}

// Each case spawns the CLI once or twice: bounded at 2 minutes for a loaded machine.
describe('tamper matrix: direct edits of grip.sqlite after grip anchor', { timeout: 120_000 }, () => {
  it('deleting the newest events of a stream is reported, naming the first deleted event', () => {
    let first = 0;
    const { verify, report, tried } = tamper('delete-newest', 'delete the newest 2 events of a stream', (db) => {
      const rows = rowsOf(db, STREAM);
      const doomed = rows.slice(-2);
      first = doomed[0]!.global_position;
      db.prepare('DELETE FROM events WHERE stream_id = ? AND revision >= ?').run(STREAM, doomed[0]!.revision);
      return `${STREAM} revisions ${doomed[0]!.revision}-${doomed[1]!.revision}, positions ${first}, ${doomed[1]!.global_position}`;
    });
    print(tried, report);
    expect(verify.code).toBe(1);
    expect(report).toContain('anchor BROKEN (events-missing)');
    expect(report).toContain(`first divergence: event ${first} of the ledger`);
  });

  it('deleting a whole stream is reported, naming where its first event was', () => {
    let first = 0;
    const { verify, report, tried } = tamper('delete-stream', 'delete every event of one stream', (db) => {
      const rows = rowsOf(db, 'municipality-GM0106');
      first = rows[0]!.global_position;
      db.prepare('DELETE FROM events WHERE stream_id = ?').run('municipality-GM0106');
      return `municipality-GM0106, ${rows.length} events from position ${first}`;
    });
    print(tried, report);
    expect(verify.code).toBe(1);
    expect(report).toContain('anchor BROKEN');
    expect(report).toContain(`first divergence: event ${first} of the ledger`);
  });

  it('a forged event slipped in before the anchor, with a correctly computed hash, is reported', () => {
    let at = 0;
    const { verify, report, tried } = tamper('forged', 'insert a forged event with a recomputed hash', (db) => {
      const rows = rowsOf(db, STREAM);
      const last = rows[rows.length - 1]!;
      at = last.global_position + 1;
      // Make room right after the stream's last event, then write the forgery there, chained correctly.
      db.prepare('UPDATE events SET global_position = -global_position - 1 WHERE global_position >= ?').run(at);
      db.prepare('UPDATE events SET global_position = -global_position WHERE global_position < 0').run();
      const metadata = { ...JSON.parse(last.metadata), eventId: 'forged-event-1' };
      db.prepare(
        `INSERT INTO events (global_position, stream_id, revision, event_id, type, version, data, metadata, hash, previous_hash, batch_start, batch_size, hash_version)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, 1, 2)`,
      ).run(
        at,
        STREAM,
        last.revision + 1,
        'forged-event-1',
        last.type,
        last.version,
        last.data,
        JSON.stringify(metadata),
        last.revision + 1,
      );
      rehash(db, STREAM, last.revision + 1);
      return `${STREAM} revision ${last.revision + 1} at position ${at}`;
    });
    print(tried, report);
    expect(verify.code).toBe(1);
    expect(report).not.toContain('broken:'); // the stream's own chain holds: only the anchor can tell
    expect(report).toContain('anchor BROKEN');
    expect(report).toContain(`first divergence: event ${at} of the ledger`);
  });

  it('rewriting an amount and re-hashing every later event of the stream is reported at the rewritten event', () => {
    let at = 0;
    const { verify, report, tried } = tamper('rewrite', 'change an amount and re-hash the rest of the stream', (db) => {
      const target = rowsOf(db, STREAM).find((r) => /"amount":"\d+"/.test(r.data))!;
      at = target.global_position;
      const data = target.data.replace(/"amount":"(\d+)"/, (_m, n: string) => `"amount":"${BigInt(n) + 1000n}"`);
      db.prepare('UPDATE events SET data = ? WHERE global_position = ?').run(data, at);
      rehash(db, STREAM, target.revision);
      return `${STREAM} revision ${target.revision} at position ${at}`;
    });
    print(tried, report);
    expect(verify.code).toBe(1);
    expect(report).not.toContain('broken:');
    expect(report).toContain('anchor BROKEN (digest-mismatch)');
    expect(report).toContain(`first divergence: event ${at} of the ledger`);
  });

  it('changing only the event_id column is reported at that event', () => {
    let eventId = '';
    const { verify, report, tried } = tamper('event-id', 'change the event_id column of one event', (db) => {
      const target = rowsOf(db, STREAM)[5]!;
      eventId = target.event_id;
      db.prepare('UPDATE events SET event_id = ? WHERE global_position = ?').run(
        'retry-me-again',
        target.global_position,
      );
      return `${STREAM} revision 5`;
    });
    print(tried, report);
    expect(verify.code).toBe(1);
    expect(report).toContain(`broken: ${STREAM} revision 5 (event ${eventId}): event-id-mismatch`);
  });

  it('reordering two events of different streams is reported at the first moved one', () => {
    let a = 0;
    const { verify, report, tried } = tamper('reorder', 'swap the positions of two events', (db) => {
      const one = rowsOf(db, STREAM)[3]!;
      const other = rowsOf(db, 'municipality-GM0106')[0]!;
      [a] = [Math.min(one.global_position, other.global_position)];
      const swap = db.prepare('UPDATE events SET global_position = ? WHERE global_position = ?');
      swap.run(-1, one.global_position);
      swap.run(one.global_position, other.global_position);
      swap.run(other.global_position, -1);
      return `positions ${one.global_position} and ${other.global_position}`;
    });
    print(tried, report);
    expect(verify.code).toBe(1);
    expect(report).toContain('anchor BROKEN');
    expect(report).toContain(`first divergence: event ${a} of the ledger`);
  });

  it('truncating the ledger back before the anchor is reported', () => {
    const { verify, report, tried } = tamper('truncate', 'delete every event from 3 before the anchor on', (db) => {
      db.prepare('DELETE FROM events WHERE global_position > ?').run(anchoredEvents - 3);
      return `positions after ${anchoredEvents - 3}`;
    });
    print(tried, report);
    expect(verify.code).toBe(1);
    expect(report).toContain('anchor BROKEN (truncated)');
    expect(report).toContain(
      `first divergence: event ${anchoredEvents - 2} of the ledger and every later one are missing`,
    );
  });

  it('a re-hashed rewrite with the anchors log deleted too is still caught by the published line', () => {
    const { dir, verify, tried } = tamper('no-log', 'rewrite + re-hash, then delete the anchors log', (db) => {
      const target = rowsOf(db, STREAM).find((r) => /"amount":"\d+"/.test(r.data))!;
      const data = target.data.replace(/"amount":"(\d+)"/, '"amount":"1"');
      db.prepare('UPDATE events SET data = ? WHERE global_position = ?').run(data, target.global_position);
      rehash(db, STREAM, target.revision);
      return `${STREAM} revision ${target.revision}`;
    });
    unlinkSync(join(dir, 'anchors.jsonl'));
    const withLine = grip(dir, 'verify', '--anchor', anchorLine);
    print(`${tried}; verify --anchor '<published line>'`, `${withLine.stdout}${withLine.stderr}`);
    expect(verify.code).toBe(1); // the copy still had the log when verified first
    expect(withLine.code).toBe(1);
    expect(withLine.stdout).toContain('anchor BROKEN (digest-mismatch)');
    expect(withLine.stdout).toContain('first divergence lies from the first event');
  });

  it('events after the latest anchor are reported as not yet anchored (what an anchor cannot cover)', () => {
    const verify = grip(base, 'verify');
    console.log(`[tamper matrix] untouched store with events after the anchor: ${verify.stdout.trim()}`);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/1 anchor\(s\) hold; \d+ newer event\(s\) not yet anchored/);
  });
});
