import { attributesOf, decodeText, XmlWalker } from './xml-walk.ts';
import { UnsupportedWorkbookError } from './zip-archive.ts';

/**
 * The workbook-level parts the fast sheet reader needs, read the way exceljs' streaming reader
 * reads them (exceljs 4.4): which sheet is which, the number formats of the cell styles (they
 * decide which numbers are dates), the 1904 date system, and the shared strings.
 */

/**
 * The name exceljs gives worksheet part N (`xl/worksheets/sheetN.xml`): that of the workbook's
 * sheet whose relationship targets the part, else `SheetN`.
 */
export function sheetNamer(relsXml: string, workbookXml: string): (part: string) => string {
  const rels: Record<string, string>[] = [];
  walkTags(relsXml, (name, attributes, isEnd) => {
    if (name === 'Relationship' && !isEnd) rels.push(attributesOf(attributes));
  });
  const sheets: Record<string, string>[] = [];
  walkTags(workbookXml, (name, attributes, isEnd) => {
    if (name === 'sheet' && !isEnd) sheets.push(attributesOf(attributes));
  });
  return (part) => {
    const rel = rels.find((r) => r.Target === `worksheets/sheet${part}.xml`);
    const sheet = rel && sheets.find((s) => s['r:id'] === rel.Id);
    if (!sheet) return `Sheet${part}`;
    if (sheet.name === undefined) throw new UnsupportedWorkbookError('sheet without a name');
    // exceljs decodes the name once more.
    return xmlDecode(sheet.name);
  };
}

/** Whether the workbook counts dates from 1904 (exceljs honours only `date1904="1"`). */
export function usesDate1904(workbookXml: string): boolean {
  let date1904 = false;
  walkTags(workbookXml, (name, attributes, isEnd) => {
    if (name === 'workbookPr' && !isEnd) date1904 = attributesOf(attributes).date1904 === '1';
  });
  return date1904;
}

/** exceljs' built-in number formats that have a format code (the CJK ones have none). */
const BUILT_IN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** exceljs' test for a date format: date letters outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/**
 * For each cell style (`s="…"`), whether numbers in it are dates; null when the styles part has
 * no cell styles, which exceljs cannot read at all.
 */
export function dateStyles(stylesXml: string): boolean[] | null {
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let within: string | null = null;
  walkTags(stylesXml, (name, attributes, isEnd) => {
    if (name === 'numFmts' || name === 'cellXfs') within = isEnd ? null : name;
    else if (isEnd) return;
    else if (name === 'numFmt' && within === 'numFmts') {
      const a = attributesOf(attributes);
      if (a.formatCode === undefined) throw new UnsupportedWorkbookError('number format without code');
      custom.set(Number.parseInt(a.numFmtId ?? '', 10), a.formatCode.replace(/[\\](.)/g, '$1'));
    } else if (name === 'xf' && within === 'cellXfs') {
      xfIds.push(Number.parseInt(attributesOf(attributes).numFmtId ?? '', 10));
    }
  });
  // Formats are looked up once all custom ones are known, as exceljs does.
  return xfIds.length
    ? xfIds.map((id) => isDateFormat(id ? custom.get(id) || BUILT_IN_FORMATS[id] : undefined))
    : null;
}

/** A shared string: text, or rich text runs (joined by the reader), or null when empty. */
export type SharedString = string | string[] | null;

/**
 * The shared strings, with exceljs' quirks: a `<t>` starts the text afresh (so a phonetic run
 * replaces the text before it), text between tags counts, and rich text is kept as runs.
 */
export function sharedStrings(xml: string): SharedString[] {
  const strings: SharedString[] = [];
  let text: string | null = null;
  let runs: string[] = [];
  new XmlWalker({
    open(name) {
      if (name === 'si') {
        runs = [];
        text = null;
      } else if (name === 't') text = null;
    },
    close(name) {
      if (name === 'r') {
        runs.push(text ?? '');
        text = null;
      } else if (name === 'si') {
        strings.push(runs.length ? runs : text);
        runs = [];
        text = null;
      }
    },
    text(raw) {
      const value = decodeText(raw);
      if (value !== '') text = text ? text + value : value;
    },
  }).walk(xml);
  return strings;
}

/** exceljs decodes these entities again in some places (sheet names, inline strings). */
export const xmlDecode = (text: string) =>
  text.replace(/&([a-z]*);/g, (entity) =>
    entity === '&lt;'
      ? '<'
      : entity === '&gt;'
        ? '>'
        : entity === '&amp;'
          ? '&'
          : entity === '&apos;'
            ? "'"
            : entity === '&quot;'
              ? '"'
              : entity,
  );

function walkTags(xml: string, visit: (name: string, attributes: string, isEnd: boolean) => void) {
  new XmlWalker({
    open: (name, attributes) => visit(name, attributes, false),
    close: (name) => visit(name, '', true),
    text() {},
  }).walk(xml);
}
