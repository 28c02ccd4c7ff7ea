import type { LocalizedText } from '@bianping/core/errors';
import type { ImportRowError } from '@bianping/core/imports';
import { cellText, columnLetter, guardFormula, type RawCell } from '@bianping/core/imports/columns';
import {
  type IndicatorNode,
  type IndicatorSet,
  type IndicatorSetMeta,
  IndicatorSetMetaSchema,
  withCategoryCheck,
} from '@bianping/core/indicators';
import {
  indicatorColumns,
  indicatorSheet,
  indicatorSheetRows,
} from '@bianping/core/indicators/transfer-sheet';
import { indicatorSetKinds } from '@bianping/core/indicators/vocabulary';
import { unitCategories } from '@bianping/core/registry/vocabulary';
import { describeIssue } from '@bianping/core/validation';
import ExcelJS from 'exceljs';
import { INSTRUCTIONS_SHEET } from '../../documents/excel/workbook-writer.ts';

/**
 * The .xlsx of a set: the core's rows (one per indicator) under four rows of header notes that
 * carry the set itself (name, kind and category, full mark and bonus cap, description), and a
 * 填写说明 sheet. Reading takes the header notes back, so export → import gives the same set.
 * Text cells that Excel would take for a formula are written with a leading apostrophe, as the
 * registry exports do; the core's cell reader removes it again.
 */

export const SHEET_NAME = indicatorSheet.label.zh;

const META = {
  name: '指标体系名称',
  edition: '版本',
  kind: '指标类别',
  category: '行业类别',
  fullMark: '满分',
  bonusCap: '加分上限',
  description: '体系说明',
} as const;
type MetaKey = keyof typeof META;

const text = (value: string) => guardFormula(value);

/** The workbook of one set edition. */
export async function writeSetWorkbook(set: IndicatorSet, nodes: readonly IndicatorNode[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '编评 Bianping';
  const sheet = book.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 5 }] });
  sheet.columns = indicatorColumns.map((c) => ({ width: c.width ?? 12 }));
  const notes: (string | number | null)[][] = [
    [META.name, text(set.name), META.edition, `第 ${set.edition} 版`],
    [
      META.kind,
      indicatorSetKinds.labels[set.kind].zh,
      META.category,
      set.category ? unitCategories.labels[set.category].zh : null,
    ],
    [META.fullMark, set.fullMark, META.bonusCap, set.bonusCap],
    [META.description, set.description ? text(set.description) : null],
  ];
  for (const values of notes) {
    const row = sheet.addRow(values);
    row.getCell(1).font = { bold: true };
    row.getCell(3).font = { bold: true };
  }
  const [header = [], ...rows] = indicatorSheetRows(nodes);
  const head = sheet.addRow(header.map((h, i) => (indicatorColumns[i]?.required ? `*${h}` : h)));
  head.font = { bold: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  for (const values of rows) {
    const row = sheet.addRow(values.map((v) => (typeof v === 'string' ? text(v) : v)));
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  const help = book.addWorksheet(INSTRUCTIONS_SHEET);
  help.columns = [{ width: 14 }, { width: 90 }];
  help.addRow(['指标体系导入说明']).font = { bold: true, size: 14 };
  help.addRow(['', '前四行为指标体系本身的信息（名称、类别、满分、加分上限、说明），第五行为表头。']);
  for (const note of indicatorSheet.notes) help.addRow(['', text(note)]);
  for (const column of indicatorColumns) help.addRow([column.header, text(column.note || '—')]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export type MetaReadResult = { meta: IndicatorSetMeta | null; errors: ImportRowError[] };

const findCode = <K extends string>(value: string, vocab: { codes: K[]; labels: Record<K, LocalizedText> }) =>
  vocab.codes.find((c) => c === value || vocab.labels[c].zh === value);

/**
 * The set's own fields from the header notes above the column headers. A file without them (a
 * sheet typed by hand) gets a common set named after the file, out of 100 points.
 */
export function readSetMeta(
  cells: readonly (readonly RawCell[])[],
  sheet: string,
  fallbackName: string,
): MetaReadResult {
  const found = new Map<MetaKey, { row: number; col: number; raw: RawCell }>();
  cells.slice(0, 4).forEach((row, r) => {
    row.forEach((cell, c) => {
      const key = (Object.keys(META) as MetaKey[]).find((k) => META[k] === cellText(cell ?? null));
      if (key && !found.has(key)) found.set(key, { row: r + 1, col: c + 1, raw: row[c + 1] ?? null });
    });
  });
  const value = (key: MetaKey) => {
    const raw = found.get(key)?.raw ?? null;
    return raw === null ? '' : cellText(raw);
  };
  const errors: ImportRowError[] = [];
  const report = (key: MetaKey, message: LocalizedText) => {
    const at = found.get(key);
    errors.push({
      sheet,
      row: at?.row ?? 1,
      column: at ? columnLetter(at.col) : 'B',
      header: META[key],
      value: value(key) || null,
      message,
    });
  };
  const kindText = value('kind');
  const categoryText = value('category');
  const kind = kindText ? findCode(kindText, indicatorSetKinds) : 'common';
  const category = categoryText ? findCode(categoryText, unitCategories) : null;
  if (!kind)
    report('kind', {
      zh: '应为“共性指标”或“个性指标”',
      en: 'must be 共性指标 (common) or 个性指标 (category)',
    });
  if (category === undefined)
    report('category', { zh: '不是已知的行业类别', en: 'is not a known unit category' });
  const number = (key: MetaKey) => (value(key) === '' ? undefined : Number(value(key)));
  const parsed = withCategoryCheck(IndicatorSetMetaSchema).safeParse({
    name: value('name') || fallbackName,
    kind: kind ?? 'common',
    category: category ?? null,
    description: value('description'),
    fullMark: number('fullMark'),
    bonusCap: number('bonusCap') ?? null,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'name') as MetaKey;
      report(key in META ? key : 'name', describeIssue(issue));
    }
  }
  return { meta: parsed.success && !errors.length ? parsed.data : null, errors };
}
