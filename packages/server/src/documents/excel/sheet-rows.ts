import {
  type CellXml,
  cellsOf,
  cellValue,
  columnOf,
  type SheetContext,
  type SheetRow,
  type Slot,
  styleIsDate,
  unsupported,
} from './sheet-cells.ts';
import { attributesOf, decodeText, type XmlHandler } from './xml-walk.ts';

/**
 * Collects the rows of a sheet from the XML walker's events, for any row the quick path leaves
 * alone. Text accumulates as exceljs accumulates it: into the value (or formula) last opened in
 * the cell, until the cell ends.
 */
export class SheetRowCollector implements XmlHandler {
  /** Rows finished and not yet taken. */
  readonly done: SheetRow[] = [];
  private inRows = false;
  private row: { number: number; slots: (Slot | undefined)[]; isDate: boolean | null } | null = null;
  private cell: (CellXml & { column: number }) | null = null;
  private target: 'formula' | 'value' | null = null;

  constructor(readonly context: SheetContext) {}

  /** Whether the next token may start a row (inside the sheet data, outside any row). */
  get betweenRows() {
    return this.inRows && this.row === null;
  }

  open(name: string, attributes: string): void {
    switch (name) {
      case 'sheetData':
        this.inRows = true;
        return;
      case 'row': {
        if (!this.inRows) return;
        const a = attributesOf(attributes);
        const number = Number.parseInt(a.r ?? '', 10);
        if (!(number > 0)) throw unsupported('row number');
        const isDate = a.s ? styleIsDate(this.context, Number.parseInt(a.s, 10)) : null;
        this.row = { number, slots: [], isDate };
        return;
      }
      case 'c': {
        if (!this.row) return;
        const a = attributesOf(attributes);
        const style = Number.parseInt(a.s ?? '', 10);
        this.cell = { column: columnOf(a.r), style, type: a.t, formula: null, value: null };
        this.target = null;
        return;
      }
      case 'f':
        if (!this.cell) return;
        this.cell.formula = '';
        this.target = 'formula';
        return;
      case 'v':
      case 'is':
      case 't':
        if (!this.cell) return;
        this.cell.value = '';
        this.target = 'value';
        return;
    }
  }

  text(raw: string): void {
    if (!this.cell || this.target === null) return;
    if (this.target === 'value') this.cell.value += decodeText(raw);
    else this.cell.formula += decodeText(raw);
  }

  close(name: string): void {
    if (name === 'sheetData') this.inRows = false;
    else if (name === 'row') {
      if (!this.row) throw unsupported('row outside the sheet data');
      this.done.push({ number: this.row.number, cells: cellsOf(this.row.slots) });
      this.row = null;
    } else if (name === 'c' && this.row && this.cell) {
      const slot = cellValue(this.context, this.cell, this.row.isDate);
      if (slot !== undefined) this.row.slots[this.cell.column - 1] = slot;
      this.cell = null;
      this.target = null;
    }
  }
}
