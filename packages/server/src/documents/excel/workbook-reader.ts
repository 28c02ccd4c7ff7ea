import { Readable } from 'node:stream';
import type { RawCell } from '@bianping/core/imports/columns';
import ExcelJS from 'exceljs';

/**
 * Reads one worksheet of an .xlsx row by row with exceljs' streaming reader, so a 100,000-row
 * upload never becomes a full in-memory workbook. Cells are handed over as plain values: text,
 * numbers, booleans, and dates as `YYYY-MM-DD` text (Excel dates carry no time zone).
 */

/** What the first bytes say the file is. xlsx is a zip (`PK\x03\x04`); old .xls is OLE2. */
export type FileSniff = 'xlsx' | 'xls' | 'empty' | 'other';

export function sniffSpreadsheet(content: Uint8Array): FileSniff {
  if (content.length === 0) return 'empty';
  const starts = (bytes: number[]) => bytes.every((b, i) => content[i] === b);
  if (starts([0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  return 'other';
}

/** The file is a zip but not a workbook exceljs can read, or it has no worksheet. */
export class UnreadableWorkbookError extends Error {
  override name = 'UnreadableWorkbookError';
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** One exceljs cell value as a plain value. */
export function toRawCell(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoDate(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    }
    if ('formula' in v || 'sharedFormula' in v) return toRawCell(v.result);
    if ('error' in v) return String(v.error);
    if ('text' in v) return toRawCell(v.text);
  }
  return String(value);
}

type SheetEvent = { eventType: string; value: ExcelJS.Row };

/** Called for every row; return `false` to stop reading. */
export type RowHandler = (
  row: number,
  cells: RawCell[],
) => boolean | undefined | Promise<boolean | undefined>;

type ReadOptions = {
  /** Sheets that hold no data (the instructions and option lists of our own templates). */
  skipSheets?: readonly string[];
  /** Called with the sheet's name before its first row. */
  onSheet?: (name: string) => void;
  onRow: RowHandler;
};

/**
 * Streams the first worksheet not in `skipSheets` and calls `onRow` with the Excel row number
 * and the cells, column A first. Resolves with the sheet's name.
 */
export async function readFirstSheet(
  content: Uint8Array,
  { skipSheets = [], onSheet, onRow }: ReadOptions,
): Promise<{ sheet: string }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(content)]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let handlerFailure: { error: unknown } | null = null;
  try {
    for await (const worksheet of reader) {
      const name = String((worksheet as unknown as { name?: string }).name ?? '');
      if (skipSheets.includes(name)) continue;
      onSheet?.(name);
      // parse() hands rows over in batches; iterating the sheet itself costs an await per row.
      for await (const events of worksheet.parse() as unknown as AsyncIterable<SheetEvent[]>) {
        for (const event of events) {
          if (event.eventType !== 'row') continue;
          const row = event.value;
          const values = row.values as unknown[];
          const cells: RawCell[] = [];
          for (let i = 1; i < values.length; i++) cells.push(toRawCell(values[i]));
          let goOn: boolean | undefined;
          try {
            goOn = await onRow(row.number, cells);
          } catch (error) {
            handlerFailure = { error };
            throw error;
          }
          if (goOn === false) return { sheet: name };
        }
      }
      return { sheet: name };
    }
  } catch (err) {
    if (handlerFailure) throw handlerFailure.error;
    throw new UnreadableWorkbookError(err instanceof Error ? err.message : String(err));
  }
  throw new UnreadableWorkbookError('no worksheet');
}
