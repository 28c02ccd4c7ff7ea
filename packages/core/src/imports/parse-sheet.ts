import type { LocalizedText } from '../errors.ts';
import type { IsoDate } from '../warnings/working-days.ts';
import {
  cellText,
  columnLetter,
  displayValue,
  type ImportColumn,
  normalizeHeader,
  parseCell,
  type RawCell,
} from './columns.ts';
import type { ImportRowError } from './imports.schemas.ts';
import type { AnyImportTemplate } from './template-types.ts';

/**
 * Reads the rows of an uploaded sheet against its template, one row at a time so the server can
 * stream a 100,000-row file: finds the header row, parses every cell, applies the row checks and
 * finds duplicates and leftover example rows. Rows that pass are kept for the database checks;
 * the others become errors that say where they are (sheet, row, column, header).
 */

/** Keep this many errors per source; the total is always counted. */
export const MAX_REPORTED_ERRORS = 1000;
/** A title block above the header is allowed, up to this many rows. */
const HEADER_SEARCH_ROWS = 5;

type Slot = {
  index: number;
  letter: string;
  header: string;
  column: ImportColumn | null;
  dynamic: string | null;
};

export type HeaderMap = {
  row: number;
  slots: Slot[];
  /** Keys of the template's columns the file has. */
  present: Set<string>;
  /** Headers the template does not know. */
  ignored: string[];
};

export type ParsedRow<Row> = { row: number; values: Row };

/** Errors in row order, keeping the first `limit` and counting the rest. */
export class ErrorList {
  readonly items: ImportRowError[] = [];
  count = 0;
  constructor(private readonly limit = MAX_REPORTED_ERRORS) {}

  add(error: ImportRowError) {
    this.count++;
    if (this.items.length < this.limit) this.items.push(error);
  }
}

/** Why a header row cannot be used (a file-level refusal, not a row error). */
export type HeaderProblem = { missing: string[]; duplicated: string[] };

function slotOf(template: AnyImportTemplate, header: HeaderMap | null, key: string): Slot {
  const slot = header?.slots.find((s) => s.column?.key === key);
  if (slot) return slot;
  const column = template.columns.find((c) => c.key === key);
  return { index: -1, letter: '', header: column?.header ?? key, column: column ?? null, dynamic: null };
}

/** Where a column is in the file: its letter (empty when the file lacks it) and header. */
export function locateColumn(template: AnyImportTemplate, header: HeaderMap | null, key: string) {
  const slot = slotOf(template, header, key);
  return { column: slot.letter, header: slot.header };
}

const isEmpty = (cell: RawCell) => cell === null || (typeof cell === 'string' && cell.trim() === '');

function matchHeader(template: AnyImportTemplate, cells: RawCell[], row: number) {
  const byHeader = new Map<string, ImportColumn>();
  for (const column of template.columns) {
    byHeader.set(normalizeHeader(column.header), column);
    byHeader.set(normalizeHeader(column.key), column);
  }
  const prefix = template.dynamic ? normalizeHeader(template.dynamic.prefix) : null;
  const slots: Slot[] = [];
  const present = new Set<string>();
  const ignored: string[] = [];
  const duplicated: string[] = [];
  const dynamicSeen = new Set<string>();
  cells.forEach((cell, index) => {
    if (isEmpty(cell)) return;
    const header = cellText(cell);
    const normalized = normalizeHeader(header);
    const column = byHeader.get(normalized) ?? null;
    const slot = {
      index,
      letter: columnLetter(index),
      header: column?.header ?? header,
      column,
      dynamic: null as string | null,
    };
    if (column) {
      if (present.has(column.key)) duplicated.push(header);
      present.add(column.key);
    } else if (prefix && normalized.startsWith(prefix) && normalized.length > prefix.length) {
      slot.dynamic = header.replace(/^[^:：]*[:：]\s*/, '').trim();
      if (dynamicSeen.has(slot.dynamic)) duplicated.push(header);
      dynamicSeen.add(slot.dynamic);
    } else {
      ignored.push(header);
      return;
    }
    slots.push(slot);
  });
  const missing = template.columns.filter((c) => c.required && !present.has(c.key)).map((c) => c.header);
  return { map: { row, slots, present, ignored } satisfies HeaderMap, missing, duplicated };
}

const sameValue = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
};

/**
 * Feeds on the rows of one sheet. Call `add` for every row in order, then `finish`; read `rows`
 * (those without errors), `errors` and `header`.
 */
export class SheetParser<Row = Record<string, unknown>> {
  readonly rows: ParsedRow<Row>[] = [];
  readonly errors = new ErrorList();
  header: HeaderMap | null = null;
  /** Data rows seen (empty rows are skipped). */
  dataRows = 0;
  private firstCandidate: { cells: RawCell[]; row: number } | null = null;
  private seenRows = 0;
  private readonly seen: Map<string, number>[];

  constructor(
    private readonly template: AnyImportTemplate,
    /** The sheet's name, for the errors. */
    public sheet: string,
    private readonly today: IsoDate,
  ) {
    this.seen = template.uniqueKeys.map(() => new Map());
  }

  /** Returns a header problem when the sheet has no usable header row. */
  add(row: number, cells: RawCell[]): HeaderProblem | null {
    if (cells.every(isEmpty)) return null;
    if (this.header) {
      this.addData(row, cells);
      return null;
    }
    this.seenRows++;
    this.firstCandidate ??= { cells, row };
    const { map, missing, duplicated } = matchHeader(this.template, cells, row);
    if (duplicated.length) return { missing: [], duplicated };
    if (missing.length === 0) {
      this.header = map;
      return null;
    }
    // A title row above the header matches nothing; a real header missing a column matches a lot.
    if (map.present.size > 0 || this.seenRows >= HEADER_SEARCH_ROWS) return { missing, duplicated };
    return null;
  }

  /** After the last row: a header problem when no header was found at all. */
  finish(): HeaderProblem | null {
    if (this.header) return null;
    const first = this.firstCandidate;
    const missing = first
      ? matchHeader(this.template, first.cells, first.row).missing
      : this.template.columns.filter((c) => c.required).map((c) => c.header);
    return { missing, duplicated: [] };
  }

  private error(
    row: number,
    slot: Pick<Slot, 'letter' | 'header' | 'column'>,
    raw: RawCell,
    message: LocalizedText,
  ) {
    this.errors.add({
      sheet: this.sheet,
      row,
      column: slot.letter,
      header: slot.header,
      value: displayValue(slot.column?.type ?? null, raw === null ? null : cellText(raw)),
      message,
    });
  }

  /** Where a column is in the file: its letter (empty when the file lacks it) and header. */
  locate(key: string): { column: string; header: string } {
    return locateColumn(this.template, this.header, key);
  }

  private slotOf(key: string): Slot {
    return slotOf(this.template, this.header, key);
  }

  private addData(row: number, cells: RawCell[]) {
    this.dataRows++;
    const header = this.header as HeaderMap;
    const values: Record<string, unknown> = {};
    const dynamicKey = this.template.dynamic?.key;
    const dynamic: Record<string, number> = {};
    let failed = false;
    for (const column of this.template.columns) values[column.key] = null;
    for (const slot of header.slots) {
      const raw = cells[slot.index] ?? null;
      if (slot.dynamic !== null) {
        if (isEmpty(raw) || !this.template.dynamic) continue;
        const result = parseCell(this.template.dynamic.type, raw, this.today);
        if (result.ok) dynamic[slot.dynamic] = result.value as number;
        else {
          failed = true;
          this.error(row, slot, raw, result.message);
        }
        continue;
      }
      const column = slot.column as ImportColumn;
      if (isEmpty(raw) || (column.type.kind !== 'boolean' && cellText(raw) === '')) {
        if (column.required) {
          failed = true;
          this.error(row, slot, null, { zh: '必填项不能为空', en: 'required; the cell is empty' });
        }
        continue;
      }
      const result = parseCell(column.type, raw, this.today);
      if (result.ok) values[column.key] = result.value;
      else {
        failed = true;
        this.error(row, slot, raw, result.message);
      }
    }
    if (dynamicKey) values[dynamicKey] = dynamic;
    if (failed) return;
    const typed = values as Row & Record<string, unknown>;
    for (const problem of this.template.check?.(typed) ?? []) {
      failed = true;
      this.error(row, this.slotOf(problem.key), this.cellOf(cells, problem.key), problem.message);
    }
    if (failed) return;
    if (this.template.examples.some((example) => sameValue(example, typed))) {
      const first = header.slots[0] as Slot;
      this.error(row, first, cells[first.index] ?? null, {
        zh: '这是模板中的示例行，请删除后再导入',
        en: 'This is an example row of the template; delete it before importing',
      });
      return;
    }
    if (!this.checkUnique(row, cells, typed)) return;
    this.rows.push({ row, values: typed });
  }

  private cellOf(cells: RawCell[], key: string): RawCell {
    const slot = this.slotOf(key);
    return slot.index < 0 ? null : (cells[slot.index] ?? null);
  }

  private checkUnique(row: number, cells: RawCell[], values: Record<string, unknown>): boolean {
    let unique = true;
    this.template.uniqueKeys.forEach((constraint, i) => {
      const key = constraint.of(values);
      if (key === null) return;
      const seen = this.seen[i] as Map<string, number>;
      const earlier = seen.get(key);
      if (earlier === undefined) {
        seen.set(key, row);
        return;
      }
      unique = false;
      const headers = constraint.keys.map((k) => this.slotOf(k).header).join('+');
      const firstKey = constraint.keys[0] as string;
      this.error(row, this.slotOf(firstKey), this.cellOf(cells, firstKey), {
        zh: `与第 ${earlier} 行重复（${headers}相同）`,
        en: `duplicates row ${earlier} (same ${headers})`,
      });
    });
    return unique;
  }
}

/** The refusal text for a header problem. */
export function describeHeaderProblem(problem: HeaderProblem): LocalizedText {
  if (problem.duplicated.length) {
    return {
      zh: `表头中有重复的列：${problem.duplicated.join('、')}`,
      en: `Columns appear twice in the header: ${problem.duplicated.join(', ')}`,
    };
  }
  return {
    zh: `缺少必填列：${problem.missing.join('、')}（表头须在前 ${HEADER_SEARCH_ROWS} 行内，可从系统下载模板）`,
    en: `Required columns are missing: ${problem.missing.join(', ')} (the header must be within the first ${HEADER_SEARCH_ROWS} rows; download the template)`,
  };
}

/** A parsed sheet without errors, as plain JSON, so a commit need not read the file again. */
export type SheetSnapshot = {
  sheet: string;
  dataRows: number;
  header: {
    row: number;
    slots: { index: number; letter: string; header: string; key: string | null; dynamic: string | null }[];
    present: string[];
    ignored: string[];
  };
  /** Each row as `[row number, …values in column order, dynamic values?]`. */
  rows: unknown[][];
};

/** What a commit needs of a parsed sheet. */
export type ParsedSheet<Row = Record<string, unknown>> = {
  sheet: string;
  dataRows: number;
  header: HeaderMap;
  rows: ParsedRow<Row>[];
  errors: ErrorList;
};

export function snapshotSheet(template: AnyImportTemplate, parsed: ParsedSheet): SheetSnapshot {
  const keys = template.columns.map((c) => c.key);
  const dynamicKey = template.dynamic?.key;
  return {
    sheet: parsed.sheet,
    dataRows: parsed.dataRows,
    header: {
      row: parsed.header.row,
      slots: parsed.header.slots.map(({ column, ...s }) => ({ ...s, key: column?.key ?? null })),
      present: [...parsed.header.present],
      ignored: parsed.header.ignored,
    },
    rows: parsed.rows.map((r) => [
      r.row,
      ...keys.map((k) => r.values[k]),
      ...(dynamicKey ? [r.values[dynamicKey]] : []),
    ]),
  };
}

export function restoreSheet(template: AnyImportTemplate, snapshot: SheetSnapshot): ParsedSheet {
  const keys = template.columns.map((c) => c.key);
  const dynamicKey = template.dynamic?.key;
  return {
    sheet: snapshot.sheet,
    dataRows: snapshot.dataRows,
    errors: new ErrorList(),
    header: {
      row: snapshot.header.row,
      slots: snapshot.header.slots.map(({ key, ...s }) => ({
        ...s,
        column: template.columns.find((c) => c.key === key) ?? null,
      })),
      present: new Set(snapshot.header.present),
      ignored: snapshot.header.ignored,
    },
    rows: snapshot.rows.map(([row, ...cells]) => {
      const values: Record<string, unknown> = {};
      keys.forEach((k, i) => {
        values[k] = cells[i] ?? null;
      });
      if (dynamicKey) values[dynamicKey] = cells[keys.length] ?? {};
      return { row: row as number, values };
    }),
  };
}
