import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Protects 身份证号: stored AES-256-GCM encrypted, compared through a keyed hash (so duplicates
 * across units are found without decrypting), shown masked. The key comes from
 * BIANPING_SECRET_KEY (64 hex chars; required when several instances share a PostgreSQL
 * server) or, for the embedded database, from a key file created once in the data directory.
 */
export type IdProtector = {
  encrypt(idNumber: string): string;
  decrypt(stored: string): string;
  hash(idNumber: string): string;
  mask(idNumber: string): string;
};

export function loadSecretKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env.BIANPING_SECRET_KEY;
  if (fromEnv) {
    if (!/^[0-9a-f]{64}$/i.test(fromEnv)) throw new Error('BIANPING_SECRET_KEY must be 64 hex characters');
    return Buffer.from(fromEnv, 'hex');
  }
  const file = path.join(dataDir, 'secret.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
}

/** IVs drawn at once: a `randomBytes` call per ID number cost more than the encryption itself. */
const IVS_PER_DRAW = 4096;
const IV_BYTES = 12;

/** Fresh random IVs, each used once, cut from a buffer refilled from the system's CSPRNG. */
function ivSource() {
  let pool = Buffer.alloc(0);
  let at = 0;
  return () => {
    if (at + IV_BYTES > pool.length) {
      pool = randomBytes(IV_BYTES * IVS_PER_DRAW);
      at = 0;
    }
    at += IV_BYTES;
    return pool.subarray(at - IV_BYTES, at);
  };
}

export function idProtector(key: Buffer): IdProtector {
  const hashKey = createHmac('sha256', key).update('id-number-hash').digest();
  const nextIv = ivSource();
  return {
    encrypt(idNumber) {
      const iv = nextIv();
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(idNumber, 'utf8'), cipher.final()]);
      return `v1.${iv.toString('base64url')}.${body.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}`;
    },
    decrypt(stored) {
      const [version, iv, body, tag] = stored.split('.');
      if (version !== 'v1' || !iv || !body || !tag) throw new Error('unknown ID-number ciphertext');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
    hash: (idNumber) => createHmac('sha256', hashKey).update(idNumber.toUpperCase()).digest('hex'),
    mask: (idNumber) =>
      idNumber.length >= 10
        ? `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`
        : '*'.repeat(idNumber.length),
  };
}
