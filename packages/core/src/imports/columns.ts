import type { LocalizedText } from '../errors.ts';
import { validateCreditCode } from '../registry/credit-code.ts';
import {
  birthDateOfIdNumber,
  maskIdNumber,
  normalizeIdNumber,
  validateIdNumber,
} from '../warnings/id-number.ts';
import { daysInMonth, type IsoDate } from '../warnings/working-days.ts';

/**
 * Columns of the import sheets (机构编制台账 导入导出) and the parsing of one cell. A column knows its
 * Chinese header, whether it is required (`*` in the sheet), its type and, for vocabularies, the
 * Chinese labels the sheet shows and the codes the database stores. Everything is pure: the
 * server reads the workbook and hands plain cell values in.
 */

/** A cell as the reader hands it over: date cells arrive as `YYYY-MM-DD` text. */
export type RawCell = string | number | boolean | null;

export type Vocabulary<K extends string = string> = { codes: K[]; labels: Record<K, LocalizedText> };

export type ColumnType =
  | { kind: 'text'; maxLength: number; aliases?: Vocabulary }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'decimal'; min: number }
  | { kind: 'date' }
  | { kind: 'enum'; vocabulary: Vocabulary }
  | { kind: 'boolean' }
  | { kind: 'creditCode' }
  | { kind: 'regionCode' }
  | { kind: 'idNumber' }
  | { kind: 'uuid' };

/**
 * One column. `V` is the parsed value's type and `R` whether the column is required; both only
 * serve the row type (`RowOf`), so `__value` never holds anything.
 */
export type ImportColumn<K extends string = string, V = unknown, R extends boolean = boolean> = {
  key: K;
  header: string;
  required: R;
  type: ColumnType;
  /** Explanation shown in the 填写说明 sheet and as the header cell's note. */
  note: string;
  /** Column width in characters. */
  width: number;
  readonly __value?: V;
};

type ValueOf<C> = C extends ImportColumn<string, infer V, infer R> ? (R extends true ? V : V | null) : never;

/** The parsed row of a list of columns: codes for vocabularies, ISO dates, numbers. */
export type RowOf<Cs extends readonly ImportColumn[]> = { [C in Cs[number] as C['key']]: ValueOf<C> };

type Options = { width?: number };
const make =
  <V>(type: ColumnType, defaultWidth: number) =>
  <K extends string, R extends boolean>(
    key: K,
    header: string,
    required: R,
    note: string,
    options: Options = {},
  ): ImportColumn<K, V, R> => ({ key, header, required, type, note, width: options.width ?? defaultWidth });

/** Column builders; the value type follows the column type. */
export const col = {
  text: <K extends string, R extends boolean>(
    key: K,
    header: string,
    required: R,
    note: string,
    options: Options & { maxLength?: number; aliases?: Vocabulary } = {},
  ): ImportColumn<K, string, R> =>
    make<string>(
      {
        kind: 'text',
        maxLength: options.maxLength ?? 200,
        ...(options.aliases ? { aliases: options.aliases } : {}),
      },
      16,
    )(key, header, required, note, options),
  integer: (min = 0, max = 1_000_000) => make<number>({ kind: 'integer', min, max }, 12),
  decimal: (min = 0) => make<number>({ kind: 'decimal', min }, 12),
  date: make<IsoDate>({ kind: 'date' }, 13),
  boolean: make<boolean>({ kind: 'boolean' }, 10),
  creditCode: make<string>({ kind: 'creditCode' }, 22),
  regionCode: make<string>({ kind: 'regionCode' }, 10),
  idNumber: make<string>({ kind: 'idNumber' }, 21),
  uuid: make<string>({ kind: 'uuid' }, 38),
  enumOf: <C extends string>(vocabulary: Vocabulary<C>) =>
    make<C>({ kind: 'enum', vocabulary: vocabulary as Vocabulary }, 14),
};

/** `110105********002X`: how the registry shows an ID number it keeps encrypted. */
export const MASKED_ID_NUMBER = /^\d{6}\*{8}[\dX]{4}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What an export puts before text Excel would take for a formula; the import takes it off. */
export const FORMULA_GUARD = "'";
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that Excel (or a CSV saved from it) would run as a formula gets a leading apostrophe; so
 * does text that would otherwise look guarded already, so that `unguardFormula` is its inverse.
 */
export const guardFormula = (text: string) =>
  FORMULA_START.test(text.replace(/^'+/, '')) ? FORMULA_GUARD + text : text;

/** Undoes `guardFormula`. */
export const unguardFormula = (text: string) =>
  text.startsWith(FORMULA_GUARD) && FORMULA_START.test(text.replace(/^'+/, '')) ? text.slice(1) : text;

export type CellResult = { ok: true; value: unknown } | { ok: false; message: LocalizedText };

const ok = (value: unknown): CellResult => ({ ok: true, value });
const fail = (zh: string, en: string): CellResult => ({ ok: false, message: { zh, en } });

/** The cell as text for messages and for text columns. */
export function cellText(raw: RawCell): string {
  if (raw === null) return '';
  if (typeof raw === 'boolean') return raw ? '是' : '否';
  return typeof raw === 'number' ? String(raw) : unguardFormula(raw.trim());
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoOf(year: number, month: number, day: number): IsoDate | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Excel's day serial (1900 system, with its fictitious 29 Feb 1900) to an ISO date. */
function isoOfSerial(serial: number): IsoDate | null {
  const days = Math.floor(serial) - 25569; // days from 1970-01-01
  const date = new Date(days * 86_400_000);
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** Accepts date cells, `2020-03-01`, `2020/3/1`, `2020.3.1`, `2020年3月1日`, `20200301`. */
export function parseDate(raw: RawCell): IsoDate | null {
  if (typeof raw === 'number') {
    if (Number.isInteger(raw) && raw >= 19_000_101 && raw <= 21_001_231) {
      return isoOf(Math.floor(raw / 10_000), Math.floor(raw / 100) % 100, raw % 100);
    }
    return raw >= 1 && raw < 80_000 ? isoOfSerial(raw) : null;
  }
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const m = compact ?? DATE_TEXT.exec(text);
  return m ? isoOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function parseNumber(raw: RawCell): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  const text = raw.trim().replace(/,/g, '');
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : null;
}

function parseVocabulary(vocabulary: Vocabulary, text: string): string | null {
  for (const code of vocabulary.codes) {
    const label = vocabulary.labels[code];
    if (label?.zh === text || code === text) return code;
  }
  return null;
}

const allowedList = (vocabulary: Vocabulary) => vocabulary.codes.map((c) => vocabulary.labels[c]?.zh ?? c);

/**
 * Parses one non-empty cell. Empty cells never get here: the row parser turns them into null
 * (and reports them when the column is required).
 */
export function parseCell(type: ColumnType, raw: RawCell, today: IsoDate): CellResult {
  switch (type.kind) {
    case 'text': {
      const text = cellText(raw);
      if (text.length > type.maxLength) {
        return fail(`不能超过 ${type.maxLength} 个字`, `must have at most ${type.maxLength} characters`);
      }
      return ok(type.aliases ? (parseVocabulary(type.aliases, text) ?? text) : text);
    }
    case 'integer': {
      const value = parseNumber(raw);
      if (value === null) return fail('应为整数', 'must be a whole number');
      if (!Number.isInteger(value))
        return fail('应为整数，不能有小数', 'must be a whole number, not a fraction');
      if (value < type.min) {
        return type.min === 0
          ? fail('不能为负数', 'must not be negative')
          : fail(`不能小于 ${type.min}`, `must be at least ${type.min}`);
      }
      if (value > type.max) return fail(`不能大于 ${type.max}`, `must be at most ${type.max}`);
      return ok(value);
    }
    case 'decimal': {
      const value = parseNumber(raw);
      if (value === null) return fail('应为数字', 'must be a number');
      if (value < type.min) {
        return type.min === 0
          ? fail('不能为负数', 'must not be negative')
          : fail(`不能小于 ${type.min}`, `must be at least ${type.min}`);
      }
      return ok(value);
    }
    case 'date': {
      const date = parseDate(raw);
      if (date === null) {
        return fail(
          '日期无效，请按 yyyy-mm-dd 填写（如 2024-03-01）',
          'invalid date; write it as yyyy-mm-dd (e.g. 2024-03-01)',
        );
      }
      return date > today ? fail('日期不能晚于今天', 'must not be in the future') : ok(date);
    }
    case 'enum': {
      const text = cellText(raw);
      const code = parseVocabulary(type.vocabulary, text);
      if (code !== null) return ok(code);
      const allowed = allowedList(type.vocabulary);
      return fail(
        `“${text}”不是可选值，可选：${allowed.join('、')}`,
        `“${text}” is not allowed; choose one of: ${allowed.join(', ')}`,
      );
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return ok(raw);
      const text = cellText(raw).toUpperCase();
      if (['是', 'Y', 'YES', 'TRUE', '1'].includes(text)) return ok(true);
      if (['否', 'N', 'NO', 'FALSE', '0'].includes(text)) return ok(false);
      return fail('应填“是”或“否”', 'must be 是 (yes) or 否 (no)');
    }
    case 'creditCode': {
      const code = cellText(raw).toUpperCase();
      const problem = validateCreditCode(code);
      return problem ? { ok: false, message: problem } : ok(code);
    }
    case 'regionCode': {
      const code = cellText(raw);
      return /^\d{6}$/.test(code)
        ? ok(code)
        : fail('区划代码应为 6 位数字（GB/T 2260）', 'a region code has 6 digits (GB/T 2260)');
    }
    case 'idNumber': {
      if (typeof raw === 'number') {
        return fail(
          '身份证号被 Excel 存成了数字（末几位已丢失），请把该列设为文本后重新填写',
          'Excel stored the ID number as a number (its last digits are lost); format the column as text and re-enter it',
        );
      }
      const id = normalizeIdNumber(cellText(raw));
      if (MASKED_ID_NUMBER.test(id)) return ok(id);
      const problem = validateIdNumber(id, today);
      return problem ? { ok: false, message: problem } : ok(id);
    }
    case 'uuid': {
      const text = cellText(raw).toLowerCase();
      return UUID.test(text)
        ? ok(text)
        : fail('系统编号无效（应保持导出时的原值）', 'invalid system id (keep the exported value)');
    }
  }
}

/** True when an ID number is the masked form an export shows. */
export const isMaskedIdNumber = (id: string) => MASKED_ID_NUMBER.test(id);

/** The birth date inside a full ID number (null for a masked one). */
export const birthDateOfId = (id: string) => (isMaskedIdNumber(id) ? null : birthDateOfIdNumber(id));

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Header text without the required mark, spaces and full-width variants, for matching. */
export const normalizeHeader = (header: string) =>
  header
    .replace(/[\s*＊]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/：/g, ':')
    .toLowerCase();

/** What the sheet shows for a parsed value: labels for codes, 是/否, text and numbers as they are. */
export function sheetValue(type: ColumnType, value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (type.kind === 'enum') return type.vocabulary.labels[value as string]?.zh ?? String(value);
  if (type.kind === 'text' && type.aliases) return type.aliases.labels[value as string]?.zh ?? String(value);
  if (type.kind === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return value;
  return String(value);
}

/**
 * A cell as an error message shows it: at most 100 characters, and an ID number masked — the
 * error list is kept with the job run and ID numbers are stored only encrypted.
 */
export function displayValue(type: ColumnType | null, text: string | null): string | null {
  if (text === null || text === '') return null;
  return type?.kind === 'idNumber' ? maskIdNumber(text) : text.slice(0, 100);
}

/** The allowed sheet values of a vocabulary column, for the drop-down lists. */
export function allowedValues(type: ColumnType): string[] | null {
  if (type.kind === 'enum') return allowedList(type.vocabulary);
  if (type.kind === 'boolean') return ['是', '否'];
  return null;
}
