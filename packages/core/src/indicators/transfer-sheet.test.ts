import { describe, expect, it } from 'vitest';
import type { RawCell } from '../imports/columns.ts';
import type { IndicatorNode } from './indicators.schemas.ts';
import { group, instantiateReferenceSet, leaf, withRole } from './reference-sets/build.ts';
import { sequentialIds } from './test-fixtures.ts';
import { indicatorColumns, indicatorSheetRows, readIndicatorSheet } from './transfer-sheet.ts';

const { nodes } = instantiateReferenceSet(
  {
    key: 't',
    meta: { kind: 'common', category: null, name: '测试', description: '', fullMark: 10, bonusCap: 1 },
    nodes: [
      group('机构设置', 6, [
        leaf(
          '内设机构规范',
          4,
          { kind: 'deductPerCase', pointsPerCase: 2, maxDeduction: null },
          {
            checkpoints: ['内设机构不超过限额', '名称、规格与三定一致'],
            sources: ['registry', 'onsite'],
            evidence: ['document', 'systemData'],
            guidance: '对照三定规定逐一核对',
            dimension: 'execution',
            registryFormula: 'max(0, internalBodiesActual - internalBodiesApproved)',
          },
        ),
        leaf(
          '编制使用',
          2,
          { kind: 'formula', expression: 'if(overQuota > 0, 0, 1)', output: 'fraction' },
          { sources: ['registry'] },
        ),
      ]),
      leaf('满意度', 4, { kind: 'surveyRate', zeroRate: 0, fullRate: 1 }, { sources: ['survey'] }),
      withRole('bonus', leaf('主动精简审批事项', 1, { kind: 'bonusPerCase', pointsPerCase: 0.5 })),
    ],
  },
  sequentialIds(),
);

const content = (list: IndicatorNode[]) => list.map(({ id: _i, parentId: _p, ...rest }) => rest);
const header = indicatorColumns.map((c) => c.header);
/** A sheet with the header and rows given as partial records by header. */
const sheet = (...rows: Record<string, RawCell>[]): RawCell[][] => [
  header,
  ...rows.map((r) => header.map((h) => r[h] ?? null)),
];
const row = (over: Record<string, RawCell>) => ({
  层级: 1,
  编号: '1',
  指标名称: '甲',
  分值: 10,
  计分规则: '直接评分',
  ...over,
});
const read = (cells: RawCell[][]) => readIndicatorSheet(cells, '指标体系', sequentialIds('bbbbbbbb'));
const errorsOf = (cells: RawCell[][]) => {
  const result = read(cells);
  if (result.ok) throw new Error('expected errors');
  return result.errors.map((e) => `${e.row}${e.column} ${e.header}: ${e.message.zh}`);
};

describe('indicatorSheetRows', () => {
  it('writes one row per indicator with labels, the rule’s parameters and its description', () => {
    const rows = indicatorSheetRows(nodes);
    expect(rows[0]).toEqual(header);
    expect(rows[2]).toEqual([
      2,
      '1.1',
      '计分指标',
      '内设机构规范',
      '内设机构不超过限额\n名称、规格与三定一致',
      4,
      '按例扣分',
      '{"pointsPerCase":2,"maxDeduction":null}',
      '每发现一例扣 2 分，扣完为止',
      '对照三定规定逐一核对',
      '文件资料、系统数据',
      '台账数据、实地评估',
      'max(0, internalBodiesActual - internalBodiesApproved)',
      '执行情况',
    ]);
    expect(rows[1]?.slice(0, 9)).toEqual([1, '1', '计分指标', '机构设置', null, 6, null, null, null]);
  });
});

describe('readIndicatorSheet', () => {
  it('reads an export back into the same tree', () => {
    const result = read(indicatorSheetRows(nodes));
    expect(result.ok).toBe(true);
    expect(result.ok && content(result.nodes)).toEqual(content(nodes));
    expect(result.ok && result.nodes[1]?.parentId).toBe(result.ok ? result.nodes[0]?.id : null);
    expect(result.ok && result.nodes[1]?.registryFormula).toBe(
      'max(0, internalBodiesActual - internalBodiesApproved)',
    );
  });

  it('refuses a registry formula that does not parse, naming its cell', () => {
    const errors = errorsOf(sheet(row({ 评分来源: '台账数据', 台账取数公式: 'useRate +' })));
    expect(errors.some((e) => e.startsWith('2') && e.includes('台账取数公式'))).toBe(true);
  });

  it('accepts a title above the header, labels or codes, and orders siblings by code', () => {
    const cells: RawCell[][] = [
      ['某县共性指标'],
      ...sheet(
        row({ 编号: '1', 分值: 10, 计分规则: null }),
        row({ 层级: 2, 编号: '1.2', 指标名称: '乙', 分值: 4, 评分来源: 'onsite, self' }),
        row({
          层级: 2,
          编号: '1.1',
          指标名称: '甲甲',
          分值: 6,
          类型: 'scored',
          计分规则: 'grade',
          规则参数: '{"levels":[{"label":{"zh":"好"},"fraction":1},{"label":{"zh":"差"},"fraction":0}]}',
        }),
      ),
    ];
    const result = read(cells);
    expect(
      result.ok &&
        result.nodes.map((x) => `${x.code} ${x.name} ${x.rule?.kind ?? '-'} ${x.sources.join('+')}`),
    ).toEqual(['1 甲 - ', '1.1 甲甲 grade ', '1.2 乙 manual onsite+self']);
  });

  it('refuses a sheet without the required columns', () => {
    const result = read([['层级', '编号', '名称']]);
    expect(result).toMatchObject({ ok: false, fileError: { zh: '缺少必填列：指标名称、分值' } });
    expect(read([['x'], ['y']])).toMatchObject({
      ok: false,
      fileError: { en: 'Required columns are missing: 层级, 编号, 指标名称, 分值' },
    });
    expect(read([header])).toMatchObject({ ok: false, fileError: { zh: '表中没有指标' } });
  });

  it('reports cell problems with row, column and message', () => {
    expect(
      errorsOf(
        sheet(
          row({ 层级: 4, 分值: -1 }),
          row({ 编号: '2', 指标名称: null, 计分规则: '神秘规则' }),
          row({ 编号: '3', 评分来源: '实地评估、领导打分', 佐证材料: '照片影像' }),
        ),
      ),
    ).toEqual([
      '2A 层级: 不能大于 3',
      '2F 分值: 不能为负数',
      '3D 指标名称: 必填项不能为空',
      expect.stringMatching(/^3G 计分规则: “神秘规则”不是可选值/),
      '4L 评分来源: “领导打分”不是可选值，可选：单位自评、实地评估、外部评价、民意测评、台账数据',
    ]);
  });

  it('reports rule parameters that are not JSON or break the rule’s bounds, formulas included', () => {
    expect(
      errorsOf(
        sheet(
          row({ 编号: '1', 计分规则: '按例扣分', 规则参数: '{pointsPerCase: 1}' }),
          row({ 编号: '2', 计分规则: '按例扣分', 规则参数: '{"pointsPerCase": 0}' }),
          row({ 编号: '3', 计分规则: '公式计算', 规则参数: '{"expression": "headcount / quotas"}' }),
          row({ 编号: '4', 计分规则: null, 规则参数: '{}' }),
          row({ 编号: '5', 规则参数: '[1]' }),
        ),
      ),
    ).toEqual([
      '2H 规则参数: 不是有效的 JSON，如 {"pointsPerCase": 0.5}',
      '3H 规则参数: pointsPerCase：应大于 0',
      '4H 规则参数: expression：第 13–18 个字符：没有名为“quotas”的指标数据',
      '5G 计分规则: 填了规则参数，但没有选择计分规则',
      '6H 规则参数: 应为 JSON 对象，如 {"pointsPerCase": 0.5}',
    ]);
  });

  it('reports the structure: codes, levels, parents, duplicates and rules on groups', () => {
    expect(
      errorsOf(
        sheet(
          row({ 编号: '1' }),
          row({ 层级: 2, 编号: '1.1' }),
          row({ 层级: 1, 编号: '1.2' }),
          row({ 层级: 2, 编号: '3.1' }),
          row({ 层级: 2, 编号: '1.1' }),
          row({ 编号: '1-3' }),
        ),
      ),
    ).toEqual([
      '2G 计分规则: 有下级指标的指标不设计分规则，请留空',
      '4A 层级: 层级 1 与编号 1.2（第 2 级）不一致',
      '5B 编号: 上级指标 3 不存在',
      '6B 编号: 编号 1.1 与第 2 项重复',
      '7B 编号: 编号“1-3”格式不对，应如 1、1.2、1.2.3（最多 3 级）',
    ]);
  });
});
