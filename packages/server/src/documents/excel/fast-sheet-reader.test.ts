import type { RawCell } from '@bianping/core/imports/columns';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readFirstSheetFast, readFirstSheetRows } from './fast-sheet-reader.ts';
import { readFirstSheet } from './workbook-reader.ts';

/**
 * The fast reader must hand over exactly the cells exceljs' streaming reader does. Each workbook
 * here is written by exceljs with a feature an upload may carry and read both ways.
 */

type Read = { sheet: string; rows: [number, RawCell[]][] };
const SKIP = ['填写说明', '选项'];

async function readWith(reader: typeof readFirstSheet, content: Uint8Array): Promise<Read> {
  const rows: [number, RawCell[]][] = [];
  const { sheet } = await reader(content, {
    skipSheets: SKIP,
    onRow: (row, cells) => {
      rows.push([row, cells]);
      return undefined;
    },
  });
  return { sheet, rows };
}

/** Reads `content` both ways and expects the same; returns the fast reader's result. */
async function expectSameAsExcelJs(content: Uint8Array): Promise<Read> {
  const fast = await readWith(readFirstSheetFast, content);
  expect(fast).toEqual(await readWith(readFirstSheet, content));
  return fast;
}

async function workbookOf(fill: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  fill(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('fast sheet reader', () => {
  it('reads text, numbers, dates, booleans, formulas, rich text, errors and links as exceljs does', async () => {
    const content = await workbookOf((book) => {
      book.addWorksheet('填写说明').addRow(['说明']);
      const sheet = book.addWorksheet('人员 & <数据>');
      sheet.addRow(['姓名', '数字', '日期', '布尔', '公式']);
      sheet.addRow([
        '张三 "引号" \'单\' & <尖>',
        12,
        new Date(Date.UTC(1985, 4, 6)),
        true,
        { formula: 'B2*2', result: 24 },
      ]);
      sheet.addRow([
        '  前后空格  ',
        -3.25,
        new Date(Date.UTC(2026, 0, 31)),
        false,
        { formula: 'A2', result: '张三' },
      ]);
      sheet.addRow([
        { richText: [{ text: '富' }, { font: { bold: true }, text: '文本' }] },
        { error: '#N/A' },
      ]);
      sheet.addRow([{ text: '链接', hyperlink: 'https://example.org' }, { formula: 'NOW()' }]);
      sheet.addRow([]);
      sheet.addRow(['第一行\n第二行', '😀 表情', '110105199003070016']);
      sheet.getCell('C2').numFmt = 'yyyy-mm-dd';
      sheet.getCell('C3').numFmt = 'yyyy"年"m"月"d"日"';
      sheet.getCell('F7').value = 45000;
      sheet.getCell('F7').numFmt = 'mm-dd-yy';
      sheet.getCell('G7').value = 45000;
      sheet.getCell('G7').numFmt = '0.00';
      sheet.mergeCells('H2:I3');
      sheet.getCell('H2').value = '合并';
    });
    const read = await expectSameAsExcelJs(content);
    expect(read.sheet).toBe('人员 & <数据>');
    expect(read.rows[1]?.[1]).toEqual([
      '张三 "引号" \'单\' & <尖>',
      12,
      '1985-05-06',
      true,
      24,
      null,
      null,
      '合并',
    ]);
  });

  it('reads the 1904 date system, row styles and inline strings', async () => {
    const content = await workbookOf((book) => {
      book.properties.date1904 = true;
      const sheet = book.addWorksheet('数据');
      sheet.addRow(['日期', 45000]);
      const row = sheet.addRow([44000, 'x']);
      row.numFmt = 'yyyy-mm-dd';
      sheet.getCell('A1').value = new Date(Date.UTC(2000, 1, 29));
      sheet.getCell('A1').numFmt = 'yyyy-mm-dd';
    });
    await expectSameAsExcelJs(content);

    const chunks: Buffer[] = [];
    const { PassThrough } = await import('node:stream');
    const out = new PassThrough();
    out.on('data', (c: Buffer) => chunks.push(c));
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useSharedStrings: false,
      useStyles: true,
    });
    const sheet = writer.addWorksheet('内联');
    sheet.addRow(['内联 & 文本', 1, new Date(Date.UTC(2024, 1, 29))]).commit();
    sheet.getColumn(3).numFmt = 'yyyy-mm-dd';
    sheet.commit();
    await writer.commit();
    await expectSameAsExcelJs(Buffer.concat(chunks));
  });

  it('decodes characters whole where exceljs splits them between chunks', async () => {
    const content = await workbookOf((book) => {
      const sheet = book.addWorksheet('名单');
      for (let i = 0; i < 3000; i++) sheet.addRow([`机构编制人员名册第${i}号记录甲乙丙丁`, i]);
    });
    const fast = await readWith(readFirstSheetFast, content);
    const excel = await readWith(readFirstSheet, content);
    expect(fast.rows).toHaveLength(excel.rows.length);
    expect(JSON.stringify(fast)).not.toContain('\uFFFD');
    fast.rows.forEach(([row, cells], i) => {
      const [excelRow, excelCells] = excel.rows[i] as [number, RawCell[]];
      expect(row).toBe(excelRow);
      const garbled = excelCells.some((c) => typeof c === 'string' && c.includes('\uFFFD'));
      if (!garbled) expect(cells).toEqual(excelCells);
    });
  });

  it('hands a file it cannot vouch for to exceljs, and starts the caller afresh', async () => {
    let restarts = 0;
    const rows: number[] = [];
    const content = Buffer.from('PK\u0003\u0004 not really a zip');
    await expect(
      readFirstSheetRows(content, {
        onRestart: () => restarts++,
        onRow: (row) => {
          rows.push(row);
          return undefined;
        },
      }),
    ).rejects.toThrow();
    expect(restarts).toBe(1);
    expect(rows).toEqual([]);
  });
});
