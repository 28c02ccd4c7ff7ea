import type { LocalizedText } from '../errors.ts';

/**
 * 统一社会信用代码 (GB 32100-2015): 1 registration-authority char, 1 type char, 6-digit region
 * code, 9-char organisation code (GB 11714, with its own check char) and a check char over the
 * first 17. The alphabet leaves out I, O, S, V and Z so codes survive being read aloud.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The GB 32100 check character for the first 17 characters. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) throw new Error(`invalid credit-code character at ${i + 1}`);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET[(31 - (sum % 31)) % 31] ?? '0';
}

/** The GB 11714 check character of an 8-character organisation-code body. */
export function orgCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body8[i] ?? '';
    const value = /[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += value * (ORG_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** Why a credit code is invalid, or null when it is valid. */
export function validateCreditCode(code: string): LocalizedText | null {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) {
    return {
      zh: '统一社会信用代码应为 18 位数字或大写字母（不含 I、O、S、V、Z）',
      en: 'A credit code has 18 digits or capital letters (no I, O, S, V or Z)',
    };
  }
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) {
    return { zh: '统一社会信用代码校验位错误', en: 'Credit code check character is wrong' };
  }
  return null;
}

/** Builds a valid code from its parts; used by the demo and by tests. */
export function makeCreditCode(authorityAndType: string, regionCode: string, orgBody8: string) {
  const org = orgBody8 + orgCodeCheckChar(orgBody8);
  const first17 = authorityAndType + regionCode + org;
  return first17 + creditCodeCheckChar(first17);
}
