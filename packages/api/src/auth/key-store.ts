import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Principal, Role } from './principal.js';

/**
 * API keys are `grip_<id>_<secret>`. Only a sha256 of the secret is stored: keys are 32 random
 * bytes, so a slow password hash adds nothing, and lookups stay fast. The plain key is shown once.
 */
const KEY_PATTERN = /^grip_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;
const hashSecret = (secret: string): Buffer => createHash('sha256').update(secret).digest();

/** A preset key (GRIP_BOOTSTRAP_ADMIN_KEY) may be any long string: its id is then derived from it. */
function splitKey(key: string): { keyId: string; secret: string } {
  const match = KEY_PATTERN.exec(key);
  if (match) return { keyId: match[1]!, secret: match[2]! };
  return { keyId: createHash('sha256').update(key).digest('hex').slice(0, 12), secret: key };
}

export type NewKey = { readonly name: string; readonly role: Role; readonly municipalities: readonly string[] | '*' };
export type CreatedKey = { readonly key: string; readonly principal: Principal };

export type KeyStore = {
  create(key: NewKey, now: Date, presetKey?: string): CreatedKey;
  authenticate(presented: string): Principal | null;
  list(): Principal[];
  revoke(keyId: string, now: Date): boolean;
  count(): number;
  /** Whether this exact key is stored and usable, stored and revoked, or unknown. */
  stateOf(presented: string): 'active' | 'revoked' | 'absent';
  close(): void;
};

export function openKeyStore(path: string, randomSource: (n: number) => Buffer = randomBytes): KeyStore {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS api_keys (
    key_id TEXT PRIMARY KEY, secret_hash BLOB NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL,
    municipalities TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT)`);
  const insert = db.prepare(
    'INSERT INTO api_keys (key_id, secret_hash, name, role, municipalities, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const byId = db.prepare<
    [string],
    { key_id: string; secret_hash: Buffer; name: string; role: Role; municipalities: string }
  >('SELECT key_id, secret_hash, name, role, municipalities FROM api_keys WHERE key_id = ? AND revoked_at IS NULL');
  const all = db.prepare<[], { key_id: string; name: string; role: Role; municipalities: string }>(
    'SELECT key_id, name, role, municipalities FROM api_keys WHERE revoked_at IS NULL ORDER BY created_at, key_id',
  );
  const anyById = db.prepare<[string], { secret_hash: Buffer; revoked_at: string | null }>(
    'SELECT secret_hash, revoked_at FROM api_keys WHERE key_id = ?',
  );
  const revokeStmt = db.prepare('UPDATE api_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL');
  const toPrincipal = (r: { key_id: string; name: string; role: Role; municipalities: string }): Principal => ({
    keyId: r.key_id,
    name: r.name,
    role: r.role,
    municipalities: JSON.parse(r.municipalities) as Principal['municipalities'],
  });

  return {
    create({ name, role, municipalities }, now, presetKey) {
      const key =
        presetKey ?? `grip_${randomSource(9).toString('hex').slice(0, 12)}_${randomSource(32).toString('base64url')}`;
      const { keyId, secret } = splitKey(key);
      insert.run(keyId, hashSecret(secret), name, role, JSON.stringify(municipalities), now.toISOString());
      return { key, principal: { keyId, name, role, municipalities } };
    },
    authenticate(presented) {
      const { keyId, secret } = splitKey(presented);
      const row = byId.get(keyId);
      return row && timingSafeEqual(row.secret_hash, hashSecret(secret)) ? toPrincipal(row) : null;
    },
    list: () => all.all().map(toPrincipal),
    revoke: (keyId, now) => revokeStmt.run(now.toISOString(), keyId).changes > 0,
    count: () => (db.prepare('SELECT COUNT(*) AS n FROM api_keys WHERE revoked_at IS NULL').get() as { n: number }).n,
    stateOf(presented) {
      const { keyId, secret } = splitKey(presented);
      const row = anyById.get(keyId);
      if (!row || !timingSafeEqual(row.secret_hash, hashSecret(secret))) return 'absent';
      return row.revoked_at === null ? 'active' : 'revoked';
    },
    close: () => db.close(),
  };
}
