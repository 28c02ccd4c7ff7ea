import { describe, expect, it } from 'vitest';
import { unitKinds } from '../registry/vocabulary.ts';
import {
  columnLetter,
  guardFormula,
  normalizeHeader,
  parseCell,
  parseDate,
  sheetValue,
  unguardFormula,
} from './columns.ts';

const today = '2026-11-25';
const parse = (type: Parameters<typeof parseCell>[0], raw: Parameters<typeof parseCell>[1]) =>
  parseCell(type, raw, today);

describe('import cells', () => {
  it('reads dates written the ways offices write them', () => {
    for (const raw of ['2024-03-01', '2024/3/1', '2024.3.1', '2024年3月1日', '20240301', 20240301, 45352]) {
      expect(parseDate(raw), String(raw)).toBe('2024-03-01');
    }
    for (const raw of ['2024-02-30', '2024-13-01', 'yesterday', '1899-12-31', -3]) {
      expect(parseDate(raw), String(raw)).toBeNull();
    }
    expect(parse({ kind: 'date' }, '2027-01-01')).toMatchObject({ ok: false, message: { en: /future/ } });
  });

  it('refuses negative and fractional counts with the reason', () => {
    const count = { kind: 'integer', min: 0, max: 1000 } as const;
    expect(parse(count, 12)).toEqual({ ok: true, value: 12 });
    expect(parse(count, ' 12 ')).toEqual({ ok: true, value: 12 });
    expect(parse(count, -1)).toMatchObject({ ok: false, message: { zh: '不能为负数' } });
    expect(parse(count, 2.5)).toMatchObject({ ok: false, message: { en: /fraction/ } });
    expect(parse(count, '十二')).toMatchObject({ ok: false, message: { zh: '应为整数' } });
  });

  it('maps vocabulary labels to codes and lists the allowed labels otherwise', () => {
    const kind = { kind: 'enum', vocabulary: unitKinds } as const;
    expect(parse(kind, '公益一类事业单位')).toEqual({ ok: true, value: 'publicWelfare1' });
    expect(parse(kind, 'publicWelfare1')).toEqual({ ok: true, value: 'publicWelfare1' });
    const bad = parse(kind, '公益三类');
    expect(bad).toMatchObject({ ok: false, message: { zh: expect.stringContaining('行政机关、党委机关') } });
    expect(sheetValue(kind, 'publicWelfare1')).toBe('公益一类事业单位');
  });

  it('checks credit codes, ID numbers and region codes', () => {
    expect(parse({ kind: 'creditCode' }, '11990121900000014k')).toEqual({
      ok: true,
      value: '11990121900000014K',
    });
    expect(parse({ kind: 'creditCode' }, '11990121900000014A')).toMatchObject({
      ok: false,
      message: { zh: expect.stringContaining('校验位') },
    });
    expect(parse({ kind: 'idNumber' }, '990121198503120016')).toEqual({
      ok: true,
      value: '990121198503120016',
    });
    expect(parse({ kind: 'idNumber' }, '990121198503120017')).toMatchObject({
      ok: false,
      message: { zh: '身份证号校验位错误' },
    });
    expect(parse({ kind: 'idNumber' }, '990121********0016')).toEqual({
      ok: true,
      value: '990121********0016',
    });
    expect(parse({ kind: 'idNumber' }, 990121198503120000)).toMatchObject({ ok: false });
    expect(parse({ kind: 'regionCode' }, 990121)).toEqual({ ok: true, value: '990121' });
    expect(parse({ kind: 'regionCode' }, '99012')).toMatchObject({ ok: false });
  });

  it('guards formula-like text on export and takes the guard off on import', () => {
    for (const text of ['=SUM(A1)', '+1', '-', '@x', "'=x", "''=x", 'plain', "'plain"]) {
      expect(unguardFormula(guardFormula(text)), text).toBe(text);
    }
    expect(guardFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(guardFormula('示编〔2024〕3号')).toBe('示编〔2024〕3号');
  });

  it('names columns and matches headers loosely', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(normalizeHeader(' *统一社会 信用代码 ')).toBe(normalizeHeader('统一社会信用代码'));
    expect(normalizeHeader('工作量：办件量')).toBe('工作量:办件量');
  });
});
