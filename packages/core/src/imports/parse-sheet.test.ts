import { describe, expect, it } from 'vitest';
import type { RawCell } from './columns.ts';
import { describeHeaderProblem, SheetParser } from './parse-sheet.ts';
import { staffTemplate } from './staff-template.ts';
import type { AnyImportTemplate } from './template-types.ts';
import { importTemplates, peersTemplate } from './templates.ts';

const today = '2026-11-25';
const parserFor = (template: AnyImportTemplate) => new SheetParser(template, '表1', today);
const headerOf = (template: AnyImportTemplate) =>
  template.columns.map((c) => (c.required ? `*${c.header}` : c.header));
const staffHeader = headerOf(staffTemplate as unknown as AnyImportTemplate);
const staff = staffTemplate as unknown as AnyImportTemplate;

function staffRow(overrides: Record<string, RawCell>): RawCell[] {
  const values: Record<string, RawCell> = {
    creditCode: '11990121900000014K',
    name: '王五',
    idNumber: '99012119780101003X',
    staffingType: '行政编制',
    ...overrides,
  };
  return staff.columns.map((c) => values[c.key] ?? null);
}

describe('sheet parser', () => {
  it('finds the header below a title row and parses rows to codes', () => {
    const parser = parserFor(staff);
    expect(parser.add(1, ['实名制人员花名册'])).toBeNull();
    expect(parser.add(2, staffHeader)).toBeNull();
    parser.add(3, staffRow({ sex: '男', overRankApproved: '否' }));
    expect(parser.finish()).toBeNull();
    expect(parser.errors.count).toBe(0);
    expect(parser.rows[0]).toMatchObject({
      row: 3,
      values: { name: '王五', sex: 'male', staffingType: 'administrative', overRankApproved: false },
    });
  });

  it('names the missing required columns', () => {
    const parser = parserFor(staff);
    const problem = parser.add(1, ['姓名', '编制类型']);
    expect(problem?.missing).toEqual(['编制所在单位统一社会信用代码', '身份证号']);
    expect(describeHeaderProblem(problem as never).zh).toContain('身份证号');
  });

  it('reports each bad cell where Excel shows it and keeps only clean rows', () => {
    const parser = parserFor(staff);
    parser.add(1, staffHeader);
    parser.add(2, staffRow({ idNumber: '990121197801010031', birthDate: '1978-01-01' }));
    parser.add(3, staffRow({ staffingType: '临时编制' }));
    parser.add(4, staffRow({ name: null }));
    parser.add(5, staffRow({ birthDate: '1979-01-01' }));
    expect(parser.rows).toHaveLength(0);
    expect(parser.errors.items.map((e) => [e.row, e.column, e.header])).toEqual([
      [2, 'D', '身份证号'],
      [3, 'H', '编制类型'],
      [4, 'C', '姓名'],
      [5, 'F', '出生日期'],
    ]);
    expect(parser.errors.items[1]?.value).toBe('临时编制');
  });

  it('finds duplicates within the file and leftover example rows', () => {
    const parser = parserFor(staff);
    parser.add(1, staffHeader);
    const example = staff.examples[0] as Record<string, unknown>;
    parser.add(
      2,
      staff.columns.map((c) => {
        const v = example[c.key];
        if (c.key === 'sex') return '男';
        if (c.key === 'education') return '本科';
        if (c.key === 'staffingType') return '行政编制';
        if (c.key === 'fundingForm') return '全额拨款';
        if (c.key === 'leaderLevel') return '部门正职';
        if (c.key === 'leaderRank') return '正科';
        if (c.key === 'overRankApproved') return '否';
        return (v ?? null) as RawCell;
      }),
    );
    parser.add(3, staffRow({}));
    parser.add(4, staffRow({ name: '王五五' }));
    expect(parser.rows.map((r) => r.row)).toEqual([3]);
    expect(parser.errors.items.map((e) => [e.row, e.message.zh])).toEqual([
      [2, '这是模板中的示例行，请删除后再导入'],
      [4, '与第 3 行重复（身份证号相同）'],
    ]);
  });

  it('reads open-ended workload columns of the peer sheet', () => {
    const peers = peersTemplate as unknown as AnyImportTemplate;
    const parser = parserFor(peers);
    parser.add(1, [...headerOf(peers), '工作量：办件量', '工作量:案件数', '备注']);
    parser.add(2, ['某省某县', '某县发改局', '发改', '行政机关', 2025, 20, 18, 1200, null, '无']);
    parser.add(3, ['某省某县', '某县财政局', '财政', '行政机关', 2025, 20, 18, -1, null, null]);
    expect(parser.header?.ignored).toEqual(['备注']);
    expect(parser.rows[0]?.values).toMatchObject({ workload: { 办件量: 1200 }, category: 'development' });
    expect(parser.errors.items[0]).toMatchObject({ row: 3, column: 'H', header: '工作量：办件量' });
  });

  it('every template has unique headers and examples that parse', () => {
    for (const template of Object.values(importTemplates)) {
      const headers = template.columns.map((c) => c.header);
      expect(new Set(headers).size, template.kind).toBe(headers.length);
      expect(template.examples, template.kind).toHaveLength(2);
    }
  });
});
