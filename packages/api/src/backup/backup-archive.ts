import { createHash } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';
import { z } from 'zod';
import { BackupError } from './backup-error.js';

/**
 * A backup is one file: a first line naming the format, a second line with the manifest (JSON), then
 * the bytes of each file the manifest lists, in order. The manifest names the anchor the backup was
 * taken at and each file's size and sha256, so a restore checks every byte before it replaces anything.
 */
export const BACKUP_FORMAT = 'grip-backup/1';

const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.iso.datetime(),
  /** The anchor line of the backed-up events, or "empty-ledger". */
  anchor: z.string(),
  files: z.array(
    z.object({
      name: z.enum(['grip.sqlite', 'keys.sqlite', 'anchors.jsonl']),
      size: z.number().int().min(0),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});
export type BackupManifest = z.infer<typeof manifestSchema>;
export type BackupFileName = BackupManifest['files'][number]['name'];

export class BackupFormatError extends BackupError {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFormatError';
  }
}

const CHUNK = 1 << 20;

/** Streams a file through sha256 in chunks (event stores can be large). */
export function describeFile(name: BackupFileName, path: string): BackupManifest['files'][number] {
  const fd = openSync(path, 'r');
  try {
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(CHUNK);
    let size = 0;
    for (let n; (n = readSync(fd, buffer, 0, CHUNK, size)) > 0; size += n) hash.update(buffer.subarray(0, n));
    return { name, size, sha256: hash.digest('hex') };
  } finally {
    closeSync(fd);
  }
}

function copyRange(from: number, fromOffset: number, to: number, size: number, hash?: ReturnType<typeof createHash>) {
  const buffer = Buffer.allocUnsafe(CHUNK);
  for (let done = 0; done < size;) {
    const n = readSync(from, buffer, 0, Math.min(CHUNK, size - done), fromOffset + done);
    if (n === 0) throw new BackupFormatError('the backup file ends early: it is truncated');
    hash?.update(buffer.subarray(0, n));
    writeSync(to, buffer, 0, n);
    done += n;
  }
}

/** Writes the archive and fsyncs it; `sources` maps each manifest file to the path holding its bytes. */
export function writeArchive(path: string, manifest: BackupManifest, sources: Record<string, string>): void {
  const out = openSync(path, 'wx', 0o600);
  try {
    writeSync(out, `${BACKUP_FORMAT}\n${JSON.stringify(manifest)}\n`);
    for (const file of manifest.files) {
      const from = openSync(sources[file.name]!, 'r');
      try {
        copyRange(from, 0, out, file.size);
      } finally {
        closeSync(from);
      }
    }
    fsyncSync(out);
  } finally {
    closeSync(out);
  }
}

/** Reads the header of a backup file: its manifest and where the file bytes start. */
export function readManifestOf(path: string): { manifest: BackupManifest; dataOffset: number } {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const n = readSync(fd, head, 0, head.length, 0);
    const text = head.subarray(0, n).toString('utf8');
    const end = text.indexOf('\n', BACKUP_FORMAT.length + 1);
    if (!text.startsWith(`${BACKUP_FORMAT}\n`) || end < 0)
      throw new BackupFormatError(`${path} is not a Grip backup (${BACKUP_FORMAT})`);
    const json = text.slice(BACKUP_FORMAT.length + 1, end);
    let manifest: BackupManifest;
    try {
      manifest = manifestSchema.parse(JSON.parse(json));
    } catch {
      throw new BackupFormatError(`${path}: the backup manifest is damaged`);
    }
    const dataOffset = Buffer.byteLength(`${BACKUP_FORMAT}\n${json}\n`);
    const expected = dataOffset + manifest.files.reduce((sum, f) => sum + f.size, 0);
    const actual = fstatSync(fd).size;
    if (actual !== expected)
      throw new BackupFormatError(`${path} holds ${actual} bytes; its manifest describes ${expected}: it is damaged`);
    return { manifest, dataOffset };
  } finally {
    closeSync(fd);
  }
}

/** Extracts every file into `into/<name>`, checking each against its size and sha256 in the manifest. */
export function extractArchive(path: string, into: (name: BackupFileName) => string): BackupManifest {
  const { manifest, dataOffset } = readManifestOf(path);
  const fd = openSync(path, 'r');
  try {
    let offset = dataOffset;
    for (const file of manifest.files) {
      const hash = createHash('sha256');
      const out = openSync(into(file.name), 'wx', 0o600);
      try {
        copyRange(fd, offset, out, file.size, hash);
        fsyncSync(out);
      } finally {
        closeSync(out);
      }
      const sha256 = hash.digest('hex');
      if (sha256 !== file.sha256)
        throw new BackupFormatError(
          `${file.name} in the backup does not match its sha256 (${sha256} ≠ ${file.sha256})`,
        );
      offset += file.size;
    }
    return manifest;
  } finally {
    closeSync(fd);
  }
}
