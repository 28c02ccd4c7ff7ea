import { checkPassword } from '@bianping/core/auth/password-policy';

// Look-alike characters (0/O, 1/l/I) are left out: the password is read out or typed by hand.
const SETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!@#%*-_+='];

const pick = (chars: string) => {
  const [n = 0] = crypto.getRandomValues(new Uint32Array(1));
  return chars[n % chars.length] as string;
};

/** A 16-character password with every character class, from the browser's secure random source. */
export function randomPassword(username = '', length = 16): string {
  for (;;) {
    const chars = SETS.map(pick);
    const all = SETS.join('');
    while (chars.length < length) chars.push(pick(all));
    for (let i = chars.length - 1; i > 0; i--) {
      const [n = 0] = crypto.getRandomValues(new Uint32Array(1));
      const j = n % (i + 1);
      [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
    }
    const password = chars.join('');
    if (!checkPassword(password, username || undefined)) return password;
  }
}
