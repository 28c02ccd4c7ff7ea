import type { Writable } from 'node:stream';
import { columnLetter, guardFormula } from '@bianping/core/imports/columns';
import ExcelJS from 'exceljs';

/**
 * Writes an import sheet (template or export) with exceljs' streaming writer: a data sheet with
 * the header row, one row per record and drop-down lists for vocabulary columns; a 填写说明 sheet
 * that explains every column; and a hidden 选项 sheet holding the lists. Text that Excel would
 * take for a formula (`=`, `+`, `-`, `@` …) is written with a leading apostrophe.
 */

export const INSTRUCTIONS_SHEET = '填写说明';
export const OPTIONS_SHEET = '选项';
/** Sheets of our own templates that hold no data; the reader skips them. */
export const HELPER_SHEETS = [INSTRUCTIONS_SHEET, OPTIONS_SHEET] as const;

/** A value to write; dates are ISO text in a `date` column. */
export type WorkbookCell = string | number | boolean | null;

export type WorkbookColumn = {
  header: string;
  required: boolean;
  width: number;
  note: string;
  format: 'text' | 'date' | 'general';
  /** Allowed values, offered as a drop-down list. */
  allowed: string[] | null;
};

export type ImportWorkbook = {
  sheetName: string;
  columns: WorkbookColumn[];
  rows: AsyncIterable<WorkbookCell[]> | Iterable<WorkbookCell[]>;
  /** The first rows are examples, shown grey and italic. */
  exampleRows?: number;
  instructions: { title: string; notes: string[]; head: string[]; rows: string[][] };
};

/** Drop-down lists reach this many rows below the data, for rows the user adds. */
const LIST_ROWS_BELOW = 2000;
const GREY = { argb: 'FF808080' };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

function toCell(column: WorkbookColumn, value: WorkbookCell): ExcelJS.CellValue {
  if (value === null) return null;
  if (column.format === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Date(`${value}T00:00:00Z`);
  }
  return typeof value === 'string' ? guardFormula(value) : value;
}

/** exceljs has data validations on worksheets but leaves them out of its type declarations. */
const validationsOf = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } })
    .dataValidations;

function writeDataSheet(book: ImportWorkbook, sheet: ExcelJS.Worksheet) {
  sheet.columns = book.columns.map((c) => ({
    width: c.width,
    style: c.format === 'text' ? { numFmt: '@' } : c.format === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  const header = sheet.addRow(book.columns.map((c) => (c.required ? `*${c.header}` : c.header)));
  header.eachCell((cell, i) => {
    const column = book.columns[i - 1];
    cell.font = { bold: true, ...(column?.required ? { color: { argb: 'FFC00000' } } : {}) };
    cell.fill = HEADER_FILL;
    cell.numFmt = '@';
    if (column?.note) cell.note = column.note;
  });
  header.commit();
}

/**
 * Drop-down lists for vocabulary columns, over the written rows and some below. Not the whole
 * column: exceljs' own loader expands a range into one entry per cell.
 */
function addLists(sheet: ExcelJS.Worksheet, listRefs: (string | null)[], lastRow: number) {
  listRefs.forEach((ref, i) => {
    if (!ref) return;
    const letter = columnLetter(i);
    validationsOf(sheet).add(`${letter}2:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [ref],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: '取值不在列表中',
      error: '请从下拉列表中选择（可选值见“填写说明”）',
    });
  });
}

function writeInstructions(book: ImportWorkbook, sheet: ExcelJS.Worksheet) {
  sheet.columns = [{ width: 8 }, { width: 26 }, { width: 10 }, { width: 12 }, { width: 40 }, { width: 60 }];
  const title = sheet.addRow([book.instructions.title]);
  title.font = { bold: true, size: 14 };
  title.commit();
  for (const note of book.instructions.notes) sheet.addRow(['', guardFormula(note)]).commit();
  sheet.addRow([]).commit();
  const head = sheet.addRow(book.instructions.head);
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  head.commit();
  for (const row of book.instructions.rows) {
    const written = sheet.addRow(row.map(guardFormula));
    written.alignment = { wrapText: true, vertical: 'top' };
    written.commit();
  }
}

/** Writes the workbook to `out` and resolves when the last byte is written. */
export async function writeImportWorkbook(out: Writable, book: ImportWorkbook): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.creator = '编评 Bianping';
  const data = workbook.addWorksheet(book.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const instructions = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  const options = workbook.addWorksheet(OPTIONS_SHEET, { state: 'hidden' });

  const listColumns = book.columns.filter((c) => c.allowed);
  const listRefs = book.columns.map((c) => {
    if (!c.allowed) return null;
    const letter = columnLetter(listColumns.indexOf(c));
    return `'${OPTIONS_SHEET}'!$${letter}$2:$${letter}$${c.allowed.length + 1}`;
  });
  writeDataSheet(book, data);
  let written = 0;
  for await (const values of book.rows) {
    const row = data.addRow(book.columns.map((c, i) => toCell(c, values[i] ?? null)));
    if (written < (book.exampleRows ?? 0)) row.font = { italic: true, color: GREY };
    row.commit();
    written++;
  }
  addLists(data, listRefs, written + 1 + LIST_ROWS_BELOW);
  data.commit();

  writeInstructions(book, instructions);
  instructions.commit();

  options.addRow(listColumns.map((c) => c.header)).commit();
  const longest = Math.max(0, ...listColumns.map((c) => c.allowed?.length ?? 0));
  for (let i = 0; i < longest; i++) options.addRow(listColumns.map((c) => c.allowed?.[i] ?? null)).commit();
  options.commit();
  await workbook.commit();
}
