import ExcelJS from 'exceljs';

export type Cell = string | number | null;

/** An .xlsx with one sheet, as a user would fill in a downloaded template. */
export async function workbook(sheet: string, rows: Cell[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheet);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}
