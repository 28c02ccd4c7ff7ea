import { crc32, deflateRawSync } from 'node:zlib';
import type { RawCell } from '@bianping/core/imports/columns';
import { describe, expect, it } from 'vitest';
import { readFirstSheetFast, readFirstSheetRows } from './fast-sheet-reader.ts';
import { readFirstSheet } from './workbook-reader.ts';
import { UnsupportedWorkbookError } from './zip-archive.ts';

/**
 * Workbooks written by hand, part by part, with what Excel, WPS and other programs put in their
 * XML and exceljs reads its own way: the fast reader must give the same cells, or hand over.
 */

/** A minimal zip: deflated parts in the given order, then the central directory. */
function zipOf(parts: [name: string, text: string][]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of parts) {
    const data = Buffer.from(text, 'utf8');
    const packed = deflateRawSync(data);
    const fileName = Buffer.from(name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(fileName.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(header, fileName, packed);
    directory.push(entry, fileName);
    offset += header.length + fileName.length + packed.length;
  }
  const size = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...directory, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function workbook(
  sheetXml: string,
  options: {
    sharedStrings?: string;
    sheetName?: string;
    extra?: [string, string][];
    /**
     * Styles and shared strings ahead of the sheet. exceljs parses styles while it streams, so with
     * Excel's order a loaded machine can reach the sheet before its styles are in, and read dates as
     * plain numbers; a test about cell styles needs exceljs' answer to be the same every time.
     */
    stylesFirst?: boolean;
  } = {},
) {
  const rels = `<?xml version="1.0"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>
  <Relationship Id="rId2" Type="worksheet" Target="/xl/worksheets/sheet2.xml"/>
</Relationships>`;
  const book = `<?xml version="1.0"?>\n<workbook ${NS} ${R_NS}><workbookPr/><sheets>
  <sheet name="${options.sheetName ?? '数据'}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const styles = `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>
  <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
  <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"><alignment/></xf><xf numFmtId="31"/></cellXfs>
  <dxfs count="1"><dxf><numFmt numFmtId="2" formatCode="yyyy"/></dxf></dxfs></styleSheet>`;
  const sheet: [string, string][] = [
    ['xl/worksheets/sheet1.xml', `<?xml version="1.0"?>\n<worksheet ${NS}>${sheetXml}</worksheet>`],
    ...(options.extra ?? []),
  ];
  const shared: [string, string][] = [
    ['xl/styles.xml', styles],
    ['xl/sharedStrings.xml', `<sst ${NS}>${options.sharedStrings ?? ''}</sst>`],
  ];
  const head: [string, string][] = [
    ['xl/workbook.xml', book],
    ['xl/_rels/workbook.xml.rels', rels],
  ];
  // Excel's order: the sheet before the shared strings, so exceljs reads it last.
  return zipOf(options.stylesFirst ? [...head, ...shared, ...sheet] : [...head, ...sheet, ...shared]);
}

async function readWith(reader: typeof readFirstSheet, content: Uint8Array) {
  const rows: [number, RawCell[]][] = [];
  const { sheet } = await reader(content, {
    onRow: (row, cells) => {
      rows.push([row, cells]);
      return undefined;
    },
  });
  return { sheet, rows };
}

async function expectSameAsExcelJs(content: Uint8Array) {
  const fast = await readWith(readFirstSheetFast, content);
  expect(fast).toEqual(await readWith(readFirstSheet, content));
  return fast;
}

describe('fast sheet reader on hand-written XML', () => {
  it('reads shared strings with phonetic runs, rich text and stray white space as exceljs does', async () => {
    const strings = `<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
      <si><r><rPr><b/></rPr><t>富</t></r><r><t xml:space="preserve"> 文本 </t></r></si><si><t/></si>
      <si><t>尾随</t>
      </si><si><t>a &amp;amp; b &#x4E2D;&#25991;</t></si>`;
    const sheet = `<sheetData>${[0, 1, 2, 3, 4, 5]
      .map(
        (i) =>
          `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c><c r="B${i + 1}">\n  <v>${i}</v>\n</c></row>`,
      )
      .join('\n')}</sheetData>`;
    await expectSameAsExcelJs(workbook(sheet, { sharedStrings: strings }));
  });

  it('reads cell types, styles, row styles, duplicates and unusual layouts as exceljs does', async () => {
    const sheet = `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>
      <row r="1" spans="1:12"><c r="A1" t="str"><f>A2</f><v>&amp;lt;b&amp;gt; &amp; c</v></c><c r="B1" t="b"><v>0</v></c>
        <c r="C1" t="e"><v>#DIV/0!</v></c><c r="D1" t="d"><v>2024-01-02T00:00:00</v></c><c r="E1"><v/></c>
        <c r="F1" s="1"><v>45000</v></c><c r="G1" s="2"><v>45000.75</v></c><c r="H1" s="3"><v>45000</v></c>
        <c r="I1" t="s"><v>99</v></c><c r="J1" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c>
        <c t="n" r="K1" s="1"><v>1</v></c><!-- a comment --><c r="L1" s="1"/><c r="A1"><v>7</v></c></row>
      <row r="3" s="1" customFormat="1"><c r="A3"><v>45000</v></c><c r="B3" s="0"><v>45000</v></c><c r="C3" s="3"><v>45000</v></c>
        <c r="D3" t="inlineStr"><is><t xml:space="preserve"> 内联 &amp;amp; </t></is></c><c r="E3"><f t="shared" ref="E3:E4" si="0">A3+1</f><v>45001</v></c></row>
      <row r="4"/><row r="5"><c r="B5" s="9"><v>12</v></c></row>
    </sheetData><mergeCells count="1"><mergeCell ref="A5:B5"/></mergeCells>`;
    const read = await expectSameAsExcelJs(
      workbook(sheet, { sheetName: 'A &amp;amp; B', stylesFirst: true }),
    );
    expect(read.sheet).toBe('A & B');
  });

  it('names a sheet exceljs cannot match by its part number', async () => {
    const second = `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData></worksheet>`;
    const content = workbook('<sheetData/>', { extra: [['xl/worksheets/sheet2.xml', second]] });
    const rows: number[] = [];
    const options = { skipSheets: ['数据'], onRow: (row: number) => void rows.push(row) };
    const fast = await readFirstSheetFast(content, options);
    expect(fast).toEqual(await readFirstSheet(content, options));
    expect(fast.sheet).toBe('Sheet2');
  });

  it('hands CDATA and cells without a reference to exceljs', async () => {
    for (const cell of ['<c r="A1" t="str"><f>1</f><v><![CDATA[x]]></v></c>', '<c t="str"><v>x</v></c>']) {
      const content = workbook(
        `<sheetData><row r="1"><c r="B1"><v>1</v></c></row><row r="2">${cell}</row></sheetData>`,
      );
      await expect(readWith(readFirstSheetFast, content)).rejects.toBeInstanceOf(UnsupportedWorkbookError);
      const rows: [number, RawCell[]][] = [];
      const exceljs = await readWith(readFirstSheet, content).catch((err: Error) => err.name);
      const result = await readFirstSheetRows(content, {
        onRestart: () => rows.splice(0),
        onRow: (row, cells) => void rows.push([row, cells]),
      }).then(
        ({ sheet }) => ({ sheet, rows }),
        (err: Error) => err.name,
      );
      expect(result).toEqual(exceljs);
    }
  });
});
