import type { LocalizedText } from '../errors.ts';
import { daysInMonth, type IsoDate } from './working-days.ts';

/**
 * 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date `YYYYMMDD`, 3-digit
 * sequence (odd for men) and a check character over the first 17 digits (ISO 7064 MOD 11-2).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The check character for the first 17 digits, or null when they are not 17 digits. */
export function idNumberCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = first17.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    sum += d * (WEIGHTS[i] ?? 0);
  }
  return CHECK_CHARS[sum % 11] ?? null;
}

/** Trims and upper-cases the check letter, so `…002x` and `…002X ` compare equal. */
export function normalizeIdNumber(raw: string): string {
  // Allocation-free for the usual clean value: the duplicate scan calls this millions of times.
  let id = raw;
  if (id.charCodeAt(0) <= 32 || id.charCodeAt(id.length - 1) <= 32) id = id.trim();
  return id.charCodeAt(id.length - 1) === 120 ? `${id.slice(0, -1)}X` : id;
}

/** The birth date written in an 18-character ID number, or null when it is not a real date. */
export function birthDateOfIdNumber(id: string): IsoDate | null {
  if (id.length !== 18) return null;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (!/^\d{8}$/.test(id.slice(6, 14)) || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/**
 * Why an ID number is invalid, or null when it is valid: 18 characters, 17 digits and a digit
 * or X, a real birth date not after `today` (when given), and the right check character.
 */
export function validateIdNumber(raw: string, today?: IsoDate): LocalizedText | null {
  const id = normalizeIdNumber(raw);
  if (!/^\d{17}[\dX]$/.test(id)) {
    return {
      zh: '身份证号应为 18 位：17 位数字加 1 位数字或 X',
      en: 'An ID number has 18 characters: 17 digits and a digit or X',
    };
  }
  const birth = birthDateOfIdNumber(id);
  if (birth === null) {
    return { zh: '身份证号中的出生日期不存在', en: 'The birth date inside the ID number does not exist' };
  }
  if (today !== undefined && birth > today) {
    return { zh: '身份证号中的出生日期晚于今天', en: 'The birth date inside the ID number is in the future' };
  }
  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) {
    return { zh: '身份证号校验位错误', en: 'ID number check character is wrong' };
  }
  return null;
}

/** Keeps the first 6 and last 4 characters: `110105********002X`. */
export function maskIdNumber(raw: string): string {
  const id = raw.trim();
  if (id.length < 11) return '*'.repeat(id.length);
  return id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}
