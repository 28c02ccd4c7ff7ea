import { idNumberCheckChar } from '@bianping/core/warnings/id-number';
import type { IsoDate } from './demo-dates.ts';
import type { Random } from './random.ts';

/**
 * Birthplace codes of the demo's people: mostly born in 示范县 itself, some in the neighbouring
 * fictional counties and the city. 99 is not a real GB/T 2260 province, so no real person's
 * number can come out.
 */
const BIRTHPLACES: readonly (readonly [string, number])[] = [
  ['990121', 80],
  ['990122', 5],
  ['990123', 5],
  ['990124', 5],
  ['990102', 5],
];

/**
 * Hands out 18-digit 公民身份号码 (GB 11643): birthplace, birth date, a sequence number that is
 * odd for men and even for women, and the ISO 7064 MOD 11-2 check character. Never the same
 * number twice.
 */
export function idNumberIssuer(rnd: Random) {
  const issued = new Set<string>();
  return (birthDate: IsoDate, sex: 'male' | 'female'): string => {
    for (;;) {
      const place = rnd.weighted(BIRTHPLACES);
      const serial = rnd.int(0, 499) * 2 + (sex === 'male' ? 1 : 0);
      const first17 = `${place}${birthDate.replaceAll('-', '')}${String(serial).padStart(3, '0')}`;
      const id = first17 + idNumberCheckChar(first17);
      if (issued.has(id)) continue;
      issued.add(id);
      return id;
    }
  };
}

/** The sex an ID number encodes in its 17th digit (odd = male). */
export const sexOfIdNumber = (id: string): 'male' | 'female' =>
  Number(id[16]) % 2 === 1 ? 'male' : 'female';

/** The same number with a wrong check character, as a typing slip would leave it. */
export function withWrongCheckChar(id: string): string {
  const right = id[17];
  const wrong = '0123456789X'.split('').find((c) => c !== right && c !== 'X') ?? '0';
  return id.slice(0, 17) + wrong;
}
