import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock, sequentialIds } from '@grip/ledger';
import { afterEach, describe, expect, it } from 'vitest';
import { markOwner, removeStaleReadModels } from './owner.js';
import { currentReadModel, FIRST_FILE, newReadModelFile, POINTER, pointTo } from './read-model-files.js';

const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'grip-rm-files-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const touch = (dir: string, ...names: string[]) => names.forEach((n) => writeFileSync(join(dir, n), 'x'));

describe('read-model files of a data folder', () => {
  it('is read-models.sqlite until a rebuild points elsewhere, and ignores a pointer to anything else', () => {
    const dir = folder();
    expect(currentReadModel(dir)).toEqual({ file: FIRST_FILE, path: join(dir, FIRST_FILE) });
    const next = newReadModelFile(dir, fixedClock('2026-12-02T04:05:12.345Z'), sequentialIds('gen'));
    expect(next.file).toBe('read-models.20261202T040512Z-gen00000.sqlite');
    pointTo(dir, next.file);
    expect(currentReadModel(dir)).toEqual(next);
    expect(readdirSync(dir)).toEqual([POINTER]); // the temporary pointer was renamed, not left
    writeFileSync(join(dir, POINTER), '../grip.sqlite\n');
    expect(currentReadModel(dir).file).toBe(FIRST_FILE);
    expect(() => pointTo(dir, 'grip.sqlite')).toThrow(RangeError);
  });

  it('removes old and half-built files with their side files, but not the current one or one still being built', () => {
    const dir = folder();
    const current = 'read-models.20261202T040000Z-b.sqlite';
    const building = 'read-models.20261202T040100Z-c.sqlite';
    const killed = 'read-models.20261202T040200Z-d.sqlite';
    touch(dir, FIRST_FILE, `${FIRST_FILE}-wal`, `${FIRST_FILE}-shm`, current, `${current}-wal`, building, killed);
    touch(dir, 'read-models.20261202T040300Z-e.sqlite.owner', 'read-models.sqlite.corrupt', 'grip.sqlite');
    pointTo(dir, current);
    markOwner(join(dir, building), 4242);
    markOwner(join(dir, killed), 4343);
    const removed = removeStaleReadModels(dir, [], (pid) => pid === 4242);
    expect(removed).toEqual([killed, 'read-models.20261202T040300Z-e.sqlite', FIRST_FILE]);
    expect(readdirSync(dir).sort()).toEqual(
      [
        POINTER,
        'grip.sqlite',
        'read-models.sqlite.corrupt',
        current,
        `${current}-wal`,
        building,
        `${building}.owner`,
      ].sort(),
    );
  });

  it('keeps the file the caller has open even when the pointer has moved on', () => {
    const dir = folder();
    touch(dir, FIRST_FILE, 'read-models.20261202T040000Z-b.sqlite');
    pointTo(dir, 'read-models.20261202T040000Z-b.sqlite');
    expect(removeStaleReadModels(dir, [FIRST_FILE])).toEqual([]);
    expect(existsSync(join(dir, FIRST_FILE))).toBe(true);
  });

  it('removes a rebuild killed before WAL mode was set: only its rollback journal is left', () => {
    const dir = folder();
    touch(dir, FIRST_FILE, 'read-models.20261202T051115Z-c.sqlite-journal');
    expect(removeStaleReadModels(dir, [FIRST_FILE])).toEqual(['read-models.20261202T051115Z-c.sqlite']);
    expect(readdirSync(dir)).toEqual([FIRST_FILE]);
  });
});
