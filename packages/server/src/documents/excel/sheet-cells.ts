import type { RawCell } from '@bianping/core/imports/columns';
import { type SharedString, xmlDecode } from './workbook-parts.ts';
import { toRawCell } from './workbook-reader.ts';
import { UnsupportedWorkbookError } from './zip-archive.ts';

/**
 * One cell's value as exceljs' streaming reader (4.4) makes it and `readFirstSheet` hands it on:
 * shared strings and rich text as text, numbers in a date format as `YYYY-MM-DD`, formulas as
 * their cached result, errors as their code.
 */

/** What the workbook says about the cells of a sheet, at the time exceljs reads the sheet. */
export type SheetContext = {
  /** null when the workbook has no shared strings part. */
  strings: SharedString[] | null;
  /** Whether each cell style formats numbers as dates; null when exceljs cannot read the styles. */
  dateStyles: boolean[] | null;
  date1904: boolean;
};

export type SheetRow = { number: number; cells: RawCell[] };

export const unsupported = (why: string) => new UnsupportedWorkbookError(`sheet: ${why}`);

/** Marks a cell exceljs leaves out of `row.values` (a null value). */
export const ABSENT = Symbol('absent');
export type Slot = RawCell | typeof ABSENT;

/** exceljs' serial-number-to-date conversion, then `readFirstSheet`'s ISO date (UTC). */
const excelDate = (serial: number, date1904: boolean) =>
  toRawCell(new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000)));

/** Column number of a cell reference (`AB12` → 28); anything unusual goes to exceljs. */
export function columnOf(ref: string | undefined): number {
  if (ref === undefined || !/^[A-Z]+[0-9]+$/.test(ref)) throw unsupported('cell reference');
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code > 64) column = column * 26 + code - 64;
    else break;
  }
  return column;
}

/** Whether cell style `id` exists (exceljs then uses it), and if so whether it formats dates. */
export function styleIsDate(context: SheetContext, id: number): boolean | null {
  const styles = context.dateStyles;
  if (styles === null) throw unsupported('styles');
  return id >= 0 && id < styles.length ? (styles[id] as boolean) : null;
}

/** A cell as the sheet XML states it; texts are decoded, null when the element is missing. */
export type CellXml = {
  /** `s`, as exceljs parses it (NaN when missing). */
  style: number;
  type: string | undefined;
  formula: string | null;
  value: string | null;
};

/**
 * The cell's value; ABSENT when exceljs sets a null one, undefined when it sets none. `rowIsDate`
 * is the row style's date format, if the row has a style.
 */
export function cellValue(context: SheetContext, cell: CellXml, rowIsDate: boolean | null): Slot | undefined {
  // exceljs looks every cell's style up; the cell's own style replaces the row's when it exists.
  const ownStyle = cell.style ? styleIsDate(context, cell.style) : null;
  const text = cell.value;
  if (cell.formula !== null) {
    if (text === null) return null;
    return cell.type === 'str' ? xmlDecode(text) : Number.parseFloat(text);
  }
  if (text === null) return undefined;
  switch (cell.type) {
    case 's': {
      if (context.strings === null) throw unsupported('shared string without the shared strings part');
      const shared = context.strings[Number.parseInt(text, 10)];
      if (shared === undefined || shared === null) return ABSENT;
      return typeof shared === 'string' ? shared : shared.join('');
    }
    case 'inlineStr':
    case 'str':
      return xmlDecode(text);
    case 'e':
      return text;
    case 'b':
      return Number.parseInt(text, 10) !== 0;
    default: {
      const number = Number.parseFloat(text);
      return (ownStyle ?? rowIsDate) ? excelDate(number, context.date1904) : number;
    }
  }
}

/** Cells from column A up to the last one with a value, as `readFirstSheet` lists them. */
export function cellsOf(slots: (Slot | undefined)[]): RawCell[] {
  let last = slots.length - 1;
  while (last >= 0 && (slots[last] === undefined || slots[last] === ABSENT)) last--;
  const cells: RawCell[] = [];
  for (let i = 0; i <= last; i++) {
    const slot = slots[i];
    cells.push(slot === undefined || slot === ABSENT ? null : slot);
  }
  return cells;
}
