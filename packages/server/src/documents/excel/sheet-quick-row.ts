import {
  type CellXml,
  cellsOf,
  cellValue,
  type SheetContext,
  type SheetRow,
  type Slot,
  styleIsDate,
} from './sheet-cells.ts';
import { decodeText } from './xml-walk.ts';

/**
 * The quick path for rows as spreadsheet programs write them: `<row r="…" …>` holding cells
 * `<c r="…" s="…" t="…">` with `<v>`, `<f>` and `<is><t>` elements, attributes in double quotes,
 * no white space between tags. Such a row is read with plain string searches; any other row is
 * left to the XML walker (the result is the same, only slower).
 */

type Attributes = { r: string | undefined; s: string | undefined; t: string | undefined };

/**
 * Reads `r`, `s` and `t` from the attributes in `xml` between `from` and `to` (` a="…" b="…"`);
 * false when they are written any other way or need decoding.
 */
function readAttributes(xml: string, from: number, to: number, into: Attributes): boolean {
  into.r = undefined;
  into.s = undefined;
  into.t = undefined;
  let at = from;
  while (at < to) {
    if (xml.charCodeAt(at) !== 32) return false;
    const equals = xml.indexOf('="', at + 1);
    if (equals < 0 || equals >= to) return false;
    const close = xml.indexOf('"', equals + 2);
    if (close < 0 || close >= to) return false;
    const nameAt = at + 1;
    if (xml.lastIndexOf(' ', equals) !== at) return false;
    if (equals - nameAt === 1) {
      const value = xml.slice(equals + 2, close);
      if (value.includes('&') || value.includes('<')) return false;
      const name = xml.charCodeAt(nameAt);
      if (name === 114) into.r = value;
      else if (name === 115) into.s = value;
      else if (name === 116) into.t = value;
    }
    at = close + 1;
  }
  return true;
}

/** Where `close` starts when only text comes before it; else -1. */
function textEnd(xml: string, from: number, close: string): number {
  const end = xml.indexOf(close, from);
  return end >= 0 && xml.indexOf('<', from) === end ? end : -1;
}

/**
 * Whether a tag's text between `from` and `to` has its double quotes paired and no single ones,
 * so that its first `>` really ends it.
 */
function hasClosedQuotes(xml: string, from: number, to: number): boolean {
  let quotes = 0;
  for (let at = from; at < to; at++) {
    const code = xml.charCodeAt(at);
    if (code === 34) quotes++;
    else if (code === 39) return false;
  }
  return quotes % 2 === 0;
}

const isNameEnd = (code: number) => code === 32 || code === 62 || code === 47;

/** Reads a cell's elements up to its `</c>`; returns where the cell ends, or -1. */
function readCellContent(xml: string, from: number, cell: CellXml): number {
  let at = from;
  for (;;) {
    if (xml.startsWith('</c>', at)) return at + 4;
    if (xml.startsWith('<v>', at)) {
      const end = textEnd(xml, at + 3, '</v>');
      if (end < 0) return -1;
      cell.value = decodeText(xml.slice(at + 3, end));
      at = end + 4;
    } else if (xml.startsWith('<v/>', at)) {
      cell.value = '';
      at += 4;
    } else if (xml.startsWith('<f', at) && isNameEnd(xml.charCodeAt(at + 2))) {
      const tagEnd = xml.indexOf('>', at);
      if (tagEnd < 0 || !hasClosedQuotes(xml, at, tagEnd)) return -1;
      if (xml.charCodeAt(tagEnd - 1) === 47) {
        cell.formula = '';
        at = tagEnd + 1;
        continue;
      }
      const end = textEnd(xml, tagEnd + 1, '</f>');
      if (end < 0) return -1;
      cell.formula = decodeText(xml.slice(tagEnd + 1, end));
      at = end + 4;
    } else if (
      xml.startsWith('<is><t', at) &&
      (xml.charCodeAt(at + 6) === 62 || xml.charCodeAt(at + 6) === 32)
    ) {
      const tagEnd = xml.indexOf('>', at + 6);
      if (tagEnd < 0 || xml.charCodeAt(tagEnd - 1) === 47) return -1;
      const end = textEnd(xml, tagEnd + 1, '</t>');
      if (end < 0 || !xml.startsWith('</is>', end + 4)) return -1;
      cell.value = decodeText(xml.slice(tagEnd + 1, end));
      at = end + 4 + 5;
    } else return -1;
  }
}

const attributes: Attributes = { r: undefined, s: undefined, t: undefined };
const head = { column: 0, isEmpty: false };

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Reads `<c r="B12" s="3" t="s">` (or `/>`): `r` first, then `s` and `t` in any order, digits in
 * `s`. Returns where the cell's content starts, or -1 for any other form.
 */
function readCellHead(xml: string, from: number, cell: CellXml, into: typeof head): number {
  if (!xml.startsWith('<c r="', from)) return -1;
  let at = from + 6;
  let column = 0;
  for (let code = xml.charCodeAt(at); code >= 65 && code <= 90; code = xml.charCodeAt(++at)) {
    column = column * 26 + code - 64;
  }
  const digitsFrom = at;
  while (isDigit(xml.charCodeAt(at))) at++;
  if (column === 0 || at === digitsFrom || xml.charCodeAt(at) !== 34) return -1;
  at++;
  for (;;) {
    const code = xml.charCodeAt(at);
    if (code === 62 /* > */ || (code === 47 && xml.charCodeAt(at + 1) === 62)) {
      into.column = column;
      into.isEmpty = code === 47;
      return at + (code === 47 ? 2 : 1);
    }
    if (code !== 32 || xml.charCodeAt(at + 2) !== 61 || xml.charCodeAt(at + 3) !== 34) return -1;
    const name = xml.charCodeAt(at + 1);
    const valueFrom = at + 4;
    const close = xml.indexOf('"', valueFrom);
    if (close < 0) return -1;
    if (name === 115 /* s */) {
      let style = 0;
      for (let i = valueFrom; i < close; i++) {
        const digit = xml.charCodeAt(i);
        if (!isDigit(digit)) return -1;
        style = style * 10 + digit - 48;
      }
      cell.style = close > valueFrom ? style : Number.NaN;
    } else if (name === 116 /* t */) {
      cell.type = xml.slice(valueFrom, close);
      if (cell.type.includes('&') || cell.type.includes('<')) return -1;
    } else return -1;
    at = close + 1;
  }
}

/**
 * Reads the row starting at `at` into `out`; returns where it ends, or -1 (nothing read) when
 * the row is not in the quick path's shape.
 */
export function readQuickRow(xml: string, at: number, context: SheetContext, out: SheetRow[]): number {
  if (!xml.startsWith('<row', at) || !isNameEnd(xml.charCodeAt(at + 4))) return -1;
  const headEnd = xml.indexOf('>', at);
  if (headEnd < 0) return -1;
  const isEmpty = xml.charCodeAt(headEnd - 1) === 47;
  if (!readAttributes(xml, at + 4, isEmpty ? headEnd - 1 : headEnd, attributes)) return -1;
  const number = Number.parseInt(attributes.r ?? '', 10);
  if (!(number > 0)) return -1;
  const rowIsDate = attributes.s ? styleIsDate(context, Number.parseInt(attributes.s, 10)) : null;
  if (isEmpty) {
    out.push({ number, cells: [] });
    return headEnd + 1;
  }
  const slots: (Slot | undefined)[] = [];
  let p = headEnd + 1;
  for (;;) {
    if (xml.startsWith('</row>', p)) {
      out.push({ number, cells: cellsOf(slots) });
      return p + 6;
    }
    const cell: CellXml = { style: Number.NaN, type: undefined, formula: null, value: null };
    const headEnd = readCellHead(xml, p, cell, head);
    if (headEnd < 0) return -1;
    p = head.isEmpty ? headEnd : readCellContent(xml, headEnd, cell);
    if (p < 0) return -1;
    const slot = cellValue(context, cell, rowIsDate);
    if (slot !== undefined) slots[head.column - 1] = slot;
  }
}
