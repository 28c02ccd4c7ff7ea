import {
  fundingForms,
  staffingTypes,
  unitCategories,
  unitKinds,
  unitRanks,
  unitStatuses,
  unitSystems,
} from '../registry/vocabulary.ts';
import { leaderLevels } from '../warnings/warnings.schemas.ts';
import { col, type RowOf } from './columns.ts';
import type { ImportKind } from './imports.schemas.ts';
import { staffTemplate } from './staff-template.ts';
import { workloadMeasures } from './staff-vocabulary.ts';
import {
  type AnyImportTemplate,
  EXAMPLE_CODE_1,
  EXAMPLE_CODE_2,
  EXAMPLE_UNIT_1,
  EXAMPLE_UNIT_2,
  examplesNote,
  type ImportTemplate,
  identifiesUnit,
  keepsMissing,
  type RowProblem,
  unitCode,
  unitName,
} from './template-types.ts';

/**
 * The six import/export sheets of the registry. A template is the single description of a sheet:
 * the server builds the downloadable template and the export from it and reads uploads with it,
 * so an export always has exactly the columns an import expects (round trip).
 */

// ---------------------------------------------------------------------------------------------
const unitsColumns = [
  col.creditCode(
    'creditCode',
    '统一社会信用代码',
    true,
    '18 位代码（GB 32100，含校验位）。已登记的单位按此代码更新，未登记的新增',
  ),
  col.text('name', '单位名称', true, '机构全称', { width: 30 }),
  col.text('shortName', '规范简称', false, ''),
  col.regionCode(
    'regionCode',
    '区划代码',
    true,
    '所在行政区划的 6 位代码（GB/T 2260），须已登记且在您的管辖范围内',
  ),
  col.enumOf(unitKinds)('kind', '单位性质', true, '', { width: 18 }),
  col.enumOf(unitCategories)('category', '行业类别', true, ''),
  col.enumOf(unitSystems)('system', '系统类别', true, ''),
  col.enumOf(unitRanks)('rank', '机构规格', true, ''),
  col.enumOf(fundingForms)('fundingForm', '经费形式', true, ''),
  col.creditCode(
    'parentCreditCode',
    '主管部门统一社会信用代码',
    false,
    '事业单位的主管部门；须已登记，或在本文件中',
  ),
  col.enumOf(unitStatuses)('status', '机构状态', false, '留空为“正常”'),
  col.date('foundedOn', '设立时间', false, 'yyyy-mm-dd'),
  col.date('endedOn', '撤并时间', false, '合并或撤销的日期，yyyy-mm-dd'),
  col.text('foundingDocNo', '设立文号', false, '如 示编〔2019〕12号'),
  col.integer()('internalBodiesApproved', '内设机构限额', false, '三定核定的内设机构数'),
  col.integer()('nonQuotaCap', '编外用工控制数', false, ''),
  col.integer()('nonQuotaHeadcount', '编外实有人数', false, ''),
] as const;
export type UnitImportRow = RowOf<typeof unitsColumns>;

export const unitsTemplate: ImportTemplate<typeof unitsColumns> = {
  kind: 'units',
  label: { zh: '单位基本信息', en: 'Units' },
  columns: unitsColumns,
  uniqueKeys: [{ keys: ['creditCode'], of: (r) => r.creditCode }],
  check: (r) => {
    const problems: RowProblem[] = [];
    if (r.parentCreditCode !== null && r.parentCreditCode === r.creditCode) {
      problems.push({
        key: 'parentCreditCode',
        message: { zh: '主管部门不能是单位自身', en: 'A unit cannot be its own parent' },
      });
    }
    if (r.foundedOn !== null && r.endedOn !== null && r.endedOn < r.foundedOn) {
      problems.push({
        key: 'endedOn',
        message: { zh: '撤并时间早于设立时间', en: 'Ended before it was founded' },
      });
    }
    return problems;
  },
  examples: [
    {
      creditCode: EXAMPLE_CODE_1,
      name: EXAMPLE_UNIT_1,
      shortName: '县发改局',
      regionCode: '990121',
      kind: 'administrative',
      category: 'development',
      system: 'government',
      rank: 'section',
      fundingForm: 'full',
      parentCreditCode: null,
      status: 'active',
      foundedOn: '2019-03-01',
      endedOn: null,
      foundingDocNo: '示编〔2019〕12号',
      internalBodiesApproved: 6,
      nonQuotaCap: 3,
      nonQuotaHeadcount: 2,
    },
    {
      creditCode: EXAMPLE_CODE_2,
      name: EXAMPLE_UNIT_2,
      shortName: '疾病预防控制中心',
      regionCode: '990121',
      kind: 'publicWelfare1',
      category: 'health',
      system: 'government',
      rank: 'deputySection',
      fundingForm: 'full',
      parentCreditCode: EXAMPLE_CODE_1,
      status: 'active',
      foundedOn: '1985-07-01',
      endedOn: null,
      foundingDocNo: '示编〔1985〕7号',
      internalBodiesApproved: 5,
      nonQuotaCap: null,
      nonQuotaHeadcount: null,
    },
  ],
  notes: [
    '按“统一社会信用代码”识别单位：已登记的单位更新，未登记的新增；导入不会删除单位。',
    keepsMissing,
    '主管部门可以是本文件中新增的单位。',
    examplesNote,
  ],
};

// ---------------------------------------------------------------------------------------------
const quotasColumns = [
  unitCode,
  unitName,
  col.enumOf(staffingTypes)('staffingType', '编制类型', true, '', { width: 16 }),
  col.enumOf(fundingForms)('fundingForm', '经费形式', true, ''),
  col.integer()('quota', '核定编制数', true, '该单位该编制类型、该经费形式的现有核定编制数（不是变动量）'),
  col.integer()(
    'headcount',
    '实有人数',
    false,
    '该单位该编制类型的在编实有人数合计（不分经费形式）；同一单位同一编制类型的各行须填相同的数',
  ),
  col.date('headcountAsOf', '实有统计日期', false, '留空时，实有人数有变化的记为今天'),
  col.text('docNo', '批准文号', false, '核定编制数与台账不同时必填，如 示编〔2024〕3号'),
  col.date('approvedOn', '批准时间', false, '核定编制数有变化时的批准日期；留空为今天'),
  col.text('note', '变动摘要', false, '核定编制数有变化时的说明', { width: 24 }),
] as const;
export type QuotaImportRow = RowOf<typeof quotasColumns>;

export const quotasTemplate: ImportTemplate<typeof quotasColumns> = {
  kind: 'quotas',
  label: { zh: '编制与实有', en: 'Quotas and headcount' },
  columns: quotasColumns,
  uniqueKeys: [
    {
      keys: ['creditCode', 'staffingType', 'fundingForm'],
      of: (r) => `${r.creditCode}|${r.staffingType}|${r.fundingForm}`,
    },
  ],
  examples: [
    {
      creditCode: EXAMPLE_CODE_1,
      unitName: EXAMPLE_UNIT_1,
      staffingType: 'administrative',
      fundingForm: 'full',
      quota: 18,
      headcount: 17,
      headcountAsOf: '2026-10-31',
      docNo: '示编〔2024〕3号',
      approvedOn: '2024-05-20',
      note: '核增 2 名',
    },
    {
      creditCode: EXAMPLE_CODE_2,
      unitName: EXAMPLE_UNIT_2,
      staffingType: 'institutional',
      fundingForm: 'full',
      quota: 60,
      headcount: 52,
      headcountAsOf: '2026-10-31',
      docNo: null,
      approvedOn: null,
      note: null,
    },
  ],
  notes: [
    identifiesUnit,
    '每行是一个单位、一种编制类型、一种经费形式的现有核定编制数。与台账相同的行不作改动；不同的行按差额记入编制台账（只增不删的变动记录），须填写批准文号。',
    '文件中没有的“单位 × 编制类型 × 经费形式”组合不作改动。导出文件中“批准文号、批准时间、变动摘要”为空，修改核定编制数时填写。',
    '实有人数按“单位 × 编制类型”统计，同一单位同一编制类型的各行填相同的数；留空表示不改动。',
    examplesNote,
  ],
};

// ---------------------------------------------------------------------------------------------
const leaderPostsColumns = [
  unitCode,
  unitName,
  col.enumOf(leaderLevels)('level', '职数层级', true, '', { width: 16 }),
  col.integer()('approved', '核定职数', true, ''),
  col.integer()('actual', '实配职数', false, '未录入实名制人员时填写'),
] as const;
export type LeaderPostImportRow = RowOf<typeof leaderPostsColumns>;

export const leaderPostsTemplate: ImportTemplate<typeof leaderPostsColumns> = {
  kind: 'leaderPosts',
  label: { zh: '领导职数', en: 'Leader posts' },
  columns: leaderPostsColumns,
  uniqueKeys: [{ keys: ['creditCode', 'level'], of: (r) => `${r.creditCode}|${r.level}` }],
  examples: [
    {
      creditCode: EXAMPLE_CODE_1,
      unitName: EXAMPLE_UNIT_1,
      level: 'unitHead',
      approved: 1,
      actual: 1,
    },
    {
      creditCode: EXAMPLE_CODE_1,
      unitName: EXAMPLE_UNIT_1,
      level: 'unitDeputy',
      approved: 3,
      actual: 2,
    },
  ],
  notes: [
    identifiesUnit,
    '每行是一个单位、一个职数层级；已有的更新，没有的新增。',
    keepsMissing,
    examplesNote,
  ],
};

// ---------------------------------------------------------------------------------------------
const workloadColumns = [
  unitCode,
  unitName,
  col.integer(1949, 2100)('year', '年度', true, '如 2025', { width: 8 }),
  col.text('measure', '指标名称', true, '如 办件量、案件数；预算填“预算（万元）”', {
    maxLength: 50,
    aliases: workloadMeasures,
    width: 18,
  }),
  col.decimal()('value', '数值', true, '不能为负数'),
] as const;
export type WorkloadImportRow = RowOf<typeof workloadColumns>;

export const workloadTemplate: ImportTemplate<typeof workloadColumns> = {
  kind: 'workload',
  label: { zh: '工作量', en: 'Workload' },
  columns: workloadColumns,
  uniqueKeys: [
    { keys: ['creditCode', 'year', 'measure'], of: (r) => `${r.creditCode}|${r.year}|${r.measure}` },
  ],
  examples: [
    {
      creditCode: EXAMPLE_CODE_1,
      unitName: EXAMPLE_UNIT_1,
      year: 2025,
      measure: '办件量',
      value: 1260,
    },
    {
      creditCode: EXAMPLE_CODE_1,
      unitName: EXAMPLE_UNIT_1,
      year: 2025,
      measure: 'budget',
      value: 835.5,
    },
  ],
  notes: [identifiesUnit, '每行是一个单位一个年度的一项工作量；已有的更新，没有的新增。', examplesNote],
};

// ---------------------------------------------------------------------------------------------
const peersColumns = [
  col.text('regionName', '地区', true, '对比机构所在地区，如 某省某县', { width: 18 }),
  col.text('name', '机构名称', true, '', { width: 28 }),
  col.enumOf(unitCategories)('category', '行业类别', true, ''),
  col.enumOf(unitKinds)('kind', '单位性质', true, '', { width: 18 }),
  col.integer(1949, 2100)('year', '年度', true, '', { width: 8 }),
  col.integer()('quota', '编制数', true, ''),
  col.integer()('headcount', '实有人数', true, ''),
] as const;
export type PeerImportRow = RowOf<typeof peersColumns> & { workload: Record<string, number> };

export const peersTemplate: ImportTemplate<typeof peersColumns, { workload: Record<string, number> }> = {
  kind: 'peers',
  label: { zh: '同类机构对比', en: 'Peer benchmarks' },
  columns: peersColumns,
  dynamic: {
    key: 'workload',
    prefix: '工作量:',
    type: { kind: 'decimal', min: 0 },
    note: '列名为“工作量:指标名称”，可增删；空单元格表示该机构没有此项',
    exampleNames: ['办件量', '案件数'],
  },
  uniqueKeys: [{ keys: ['regionName', 'name', 'year'], of: (r) => `${r.regionName}|${r.name}|${r.year}` }],
  examples: [
    {
      regionName: '示范省样板县',
      name: '样板县发展和改革局',
      category: 'development',
      kind: 'administrative',
      year: 2025,
      quota: 20,
      headcount: 19,
      workload: { 办件量: 1480, 案件数: 36 },
    },
    {
      regionName: '示范省对照县',
      name: '对照县发展和改革局',
      category: 'development',
      kind: 'administrative',
      year: 2025,
      quota: 16,
      headcount: 16,
      workload: { 办件量: 1120 },
    },
  ],
  notes: [
    '按“地区 + 机构名称 + 年度”识别；已有的更新，没有的新增。',
    '工作量每项一列，列名为“工作量:指标名称”（如“工作量:办件量”），可按需增删列。',
    examplesNote,
  ],
};

/** Every template by kind. */
export const importTemplates: Record<ImportKind, AnyImportTemplate> = {
  units: unitsTemplate as unknown as AnyImportTemplate,
  quotas: quotasTemplate as unknown as AnyImportTemplate,
  staff: staffTemplate as unknown as AnyImportTemplate,
  leaderPosts: leaderPostsTemplate as unknown as AnyImportTemplate,
  workload: workloadTemplate as unknown as AnyImportTemplate,
  peers: peersTemplate as unknown as AnyImportTemplate,
};
