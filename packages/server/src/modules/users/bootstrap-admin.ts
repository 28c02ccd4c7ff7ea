import { randomInt } from 'node:crypto';
import { count } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import { cliActor } from '../audit/audit-actor.ts';
import { createUser } from './users.service.ts';

const SETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!@#%*-_+='];

/** A random password that meets the policy: 16 characters with every character class. */
export function generatePassword(length = 16): string {
  const all = SETS.join('');
  const chars = SETS.map((s) => s[randomInt(s.length)] as string);
  while (chars.length < length) chars.push(all[randomInt(all.length)] as string);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}

/**
 * On a database without users, creates `admin` with a random password that must be changed at
 * first login. Returns the password so the caller can print it once; null when users exist.
 */
export async function bootstrapAdmin(db: Db): Promise<string | null> {
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return null;
  const password = generatePassword();
  await createUser(
    db,
    {
      username: 'admin',
      displayName: '系统管理员',
      password,
      roles: [{ role: 'admin', scopeType: 'all', scopeId: null }],
    },
    cliActor(),
  );
  return password;
}
