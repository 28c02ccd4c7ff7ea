import type { SheetContext } from './sheet-cells.ts';
import { readQuickRow } from './sheet-quick-row.ts';
import { SheetRowCollector } from './sheet-rows.ts';
import { dateStyles, type SharedString, sharedStrings, sheetNamer, usesDate1904 } from './workbook-parts.ts';
import { type RowHandler, readFirstSheet } from './workbook-reader.ts';
import { XmlWalker } from './xml-walk.ts';
import { readZipEntries, readZipEntry, UnsupportedWorkbookError, type ZipEntry } from './zip-archive.ts';

/**
 * Reads the first data sheet of an .xlsx straight from its XML, several times faster than
 * exceljs' streaming reader (no temporary file, no cell objects), with the same cells: the parts
 * are taken in exceljs' order and read with its rules (see workbook-parts.ts, sheet-rows.ts). One
 * difference is deliberate: exceljs decodes each 16 KB chunk of a part on its own, so a Chinese
 * character split between two chunks comes out as U+FFFD; here text is decoded whole.
 */

type ReadOptions = {
  skipSheets?: readonly string[];
  onSheet?: (name: string) => void;
  onRow: RowHandler;
};

/** Bytes of sheet XML decoded and walked at a time. */
const WINDOW = 1024 * 1024;

const unsupported = (why: string) => new UnsupportedWorkbookError(why);

const textOf = (zip: Buffer, entry: ZipEntry) => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readZipEntry(zip, entry));
  } catch (err) {
    throw err instanceof UnsupportedWorkbookError ? err : unsupported('not UTF-8');
  }
};

type Candidate = { name: string; entry: ZipEntry; context: SheetContext };

/**
 * The worksheets in the order exceljs yields them: a sheet met once the shared strings and the
 * workbook's relationships are read is yielded at once (with the styles read so far), the others
 * after the last part.
 */
function worksheets(zip: Buffer): Candidate[] {
  let rels: string | undefined;
  let workbook: string | undefined;
  let strings: SharedString[] | undefined;
  // Before styles.xml, exceljs knows only its default style, which is no date.
  let styles: boolean[] | null = [false];
  const ready: Candidate[] = [];
  const waiting: { part: string; entry: ZipEntry }[] = [];
  const contextNow = (): SheetContext => {
    if (workbook === undefined) throw unsupported('sheet before the workbook part');
    return { strings: strings ?? null, dateStyles: styles, date1904: usesDate1904(workbook) };
  };
  for (const entry of readZipEntries(zip)) {
    if (entry.name === 'xl/_rels/workbook.xml.rels') rels = textOf(zip, entry);
    else if (entry.name === 'xl/workbook.xml') workbook = textOf(zip, entry);
    else if (entry.name === 'xl/sharedStrings.xml') strings = sharedStrings(textOf(zip, entry));
    else if (entry.name === 'xl/styles.xml') styles = dateStyles(textOf(zip, entry));
    else {
      const part = /xl\/worksheets\/sheet(\d+)[.]xml/.exec(entry.name)?.[1];
      if (part === undefined) continue;
      if (strings && rels !== undefined) {
        const context = contextNow();
        ready.push({ name: sheetNamer(rels, workbook as string)(part), entry, context });
      } else waiting.push({ part, entry });
    }
  }
  if (waiting.length === 0) return ready;
  const context = contextNow();
  const nameOf = sheetNamer(rels ?? '', workbook as string);
  return [...ready, ...waiting.map(({ part, entry }) => ({ name: nameOf(part), entry, context }))];
}

/** Reads a piece of sheet XML: rows in the usual shape the quick way, everything else by walking. */
function readRows(xml: string, walker: XmlWalker, collector: SheetRowCollector) {
  let at = 0;
  while (at < xml.length) {
    if (collector.betweenRows && walker.current === 'sheetData') {
      const end = readQuickRow(xml, at, collector.context, collector.done);
      if (end >= 0) {
        at = end;
        continue;
      }
    }
    at = walker.step(xml, at);
  }
}

/**
 * The same as `readFirstSheet`, or `UnsupportedWorkbookError` (possibly after some rows) when
 * the file needs exceljs.
 */
export async function readFirstSheetFast(
  content: Uint8Array,
  { skipSheets = [], onSheet, onRow }: ReadOptions,
): Promise<{ sheet: string }> {
  const zip = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const sheet = worksheets(zip).find((s) => !skipSheets.includes(s.name));
  if (!sheet) throw unsupported('no worksheet');
  onSheet?.(sheet.name);
  const bytes = readZipEntry(zip, sheet.entry);
  const collector = new SheetRowCollector(sheet.context);
  const walker = new XmlWalker(collector);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  for (let at = 0; at < bytes.length; at += WINDOW) {
    const isLast = at + WINDOW >= bytes.length;
    try {
      pending += decoder.decode(bytes.subarray(at, at + WINDOW), { stream: !isLast });
    } catch {
      throw unsupported('not UTF-8');
    }
    // Walk up to the last complete row, so that no tag or text is cut in two.
    const lastRowEnd = pending.lastIndexOf('</row>');
    const cut = isLast ? pending.length : lastRowEnd < 0 ? 0 : lastRowEnd + '</row>'.length;
    readRows(pending.slice(0, cut), walker, collector);
    pending = pending.slice(cut);
    for (const row of collector.done.splice(0)) {
      if ((await onRow(row.number, row.cells)) === false) return { sheet: sheet.name };
    }
  }
  if (walker.depth !== 0) throw unsupported('unfinished sheet');
  return { sheet: sheet.name };
}

/**
 * Reads the first data sheet quickly, or with exceljs when the fast reader cannot vouch for the
 * result. `onRestart` is called before exceljs starts over, so the caller forgets the rows the
 * fast reader may already have handed over.
 */
export async function readFirstSheetRows(
  content: Uint8Array,
  options: ReadOptions & { onRestart: () => void },
): Promise<{ sheet: string }> {
  try {
    return await readFirstSheetFast(content, options);
  } catch (err) {
    if (!(err instanceof UnsupportedWorkbookError)) throw err;
    options.onRestart();
    return readFirstSheet(content, options);
  }
}
