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
  const first = id.charCodeAt(0);
  const last = id.charCodeAt(id.length - 1);
  // Spaces, and anything non-ASCII such as the ideographic space U+3000 of Chinese input.
  if (first <= 32 || last <= 32 || first > 126 || last > 126) id = id.trim();
  return id.charCodeAt(id.length - 1) === 120 ? `${id.slice(0, -1)}X` : id;
}

/** The birth date written in an 18-character ID number, or null when it is not a real date. */
export function birthDateOfIdNumber(raw: string): IsoDate | null {
  const id = normalizeIdNumber(raw);
  if (id.length !== 18 || birthYmdOf(id) < 0) return null;
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/** What is wrong with an ID number; `ok` when nothing is. */
export type IdNumberProblem = 'ok' | 'format' | 'birthDate' | 'futureBirthDate' | 'checkChar';

export const idNumberProblems: Record<Exclude<IdNumberProblem, 'ok'>, LocalizedText> = {
  format: {
    zh: '身份证号应为 18 位：17 位数字加 1 位数字或 X',
    en: 'An ID number has 18 characters: 17 digits and a digit or X',
  },
  birthDate: { zh: '身份证号中的出生日期不存在', en: 'The birth date inside the ID number does not exist' },
  futureBirthDate: {
    zh: '身份证号中的出生日期晚于今天',
    en: 'The birth date inside the ID number is in the future',
  },
  checkChar: { zh: '身份证号校验位错误', en: 'ID number check character is wrong' },
};

/** The birth date in an ID number as a `YYYYMMDD` number, or -1 when positions 7–14 are not a real date. */
export function birthYmdOf(id: string): number {
  if (id.length < 14) return -1;
  let ymd = 0;
  for (let i = 6; i < 14; i++) {
    const d = id.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    ymd = ymd * 10 + d;
  }
  const year = Math.floor(ymd / 10000);
  const month = Math.floor(ymd / 100) % 100;
  const day = ymd % 100;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return ymd;
}

/**
 * Checks an ID number without allocating (the scan runs it over millions of people): 18
 * characters, 17 digits and a digit or X, a real birth date not after `todayYmd` (a `YYYYMMDD`
 * number, when given), and the right check character.
 */
export function idNumberProblem(raw: string, todayYmd?: number): IdNumberProblem {
  const id = normalizeIdNumber(raw);
  if (id.length !== 18) return 'format';
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = id.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return 'format';
    sum += d * (WEIGHTS[i] ?? 0);
  }
  const last = id.charCodeAt(17);
  if (last !== 88 && (last < 48 || last > 57)) return 'format';
  const ymd = birthYmdOf(id);
  if (ymd < 0) return 'birthDate';
  if (todayYmd !== undefined && ymd > todayYmd) return 'futureBirthDate';
  return CHECK_CHARS.charCodeAt(sum % 11) === last ? 'ok' : 'checkChar';
}

/** `2024-05-31` → 20240531. */
export function ymdOf(date: IsoDate): number {
  let ymd = 0;
  for (let i = 0; i < 10; i++) if (i !== 4 && i !== 7) ymd = ymd * 10 + date.charCodeAt(i) - 48;
  return ymd;
}

/**
 * Why an ID number is invalid, or null when it is valid (see `idNumberProblem`); `today` enables
 * the future-birth-date check.
 */
export function validateIdNumber(raw: string, today?: IsoDate): LocalizedText | null {
  const problem = idNumberProblem(raw, today === undefined ? undefined : ymdOf(today));
  return problem === 'ok' ? null : idNumberProblems[problem];
}

/** Keeps the first 6 and last 4 characters: `110105********002X`. */
export function maskIdNumber(raw: string): string {
  const id = raw.trim();
  if (id.length < 11) return '*'.repeat(id.length);
  return id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}
