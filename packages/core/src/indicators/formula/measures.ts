import type { LocalizedText } from '../../errors.ts';

/**
 * The registry measures a formula may use (指标数据), named in camelCase. The server computes them
 * for a unit from its registry (quota ledger, headcounts or the 实名制 roster, leader posts,
 * internal bodies, 编外 figures, workload); the editor lists them with their labels and shows a
 * formula's value on `sampleMeasures`. A measure that a unit lacks (no quota to divide by, no
 * workload recorded) is null, and a formula that reads it has no value for that unit.
 */

export const measureUnits = {
  persons: { zh: '人', en: 'persons' },
  count: { zh: '个', en: 'count' },
  ratio: { zh: '比例（0–1）', en: 'ratio (0–1)' },
  years: { zh: '岁', en: 'years' },
  workload: { zh: '工作量单位', en: 'workload units' },
  tenThousandYuan: { zh: '万元', en: '10k yuan' },
  score: { zh: '分', en: 'points' },
} satisfies Record<string, LocalizedText>;
export type MeasureUnit = keyof typeof measureUnits;

export const measureGroups = {
  quota: { zh: '编制', en: 'Quota' },
  headcount: { zh: '实有人员', en: 'Headcount' },
  leaders: { zh: '领导职数', en: 'Leader posts' },
  bodies: { zh: '机构', en: 'Bodies' },
  structure: { zh: '队伍结构', en: 'Staff structure' },
  workload: { zh: '工作量与经费', en: 'Workload and budget' },
} satisfies Record<string, LocalizedText>;
export type MeasureGroup = keyof typeof measureGroups;

export type MeasureSpec = {
  /** The identifier written in formulas. */
  name: string;
  group: MeasureGroup;
  unit: MeasureUnit;
  label: LocalizedText;
  description: LocalizedText;
  /** The value of the fictional sample unit the editor evaluates formulas on. */
  sample: number;
};

const m = (
  name: string,
  group: MeasureGroup,
  unit: MeasureUnit,
  label: LocalizedText,
  description: LocalizedText,
  sample: number,
): MeasureSpec => ({ name, group, unit, label, description, sample });

const byType = (zh: string, en: string) => ({
  zh: `${zh}，不含其他编制类型`,
  en: `${en}, this staffing type only`,
});

/** Every measure, in the order the editor lists them. */
export const measureCatalogue: readonly MeasureSpec[] = [
  m(
    'quota',
    'quota',
    'persons',
    { zh: '编制总数', en: 'Total quota' },
    { zh: '各类编制核定数之和（按编制台账）', en: 'Approved quota of all staffing types (quota ledger)' },
    40,
  ),
  m(
    'quotaAdministrative',
    'quota',
    'persons',
    { zh: '行政编制数', en: 'Administrative quota' },
    byType('核定的行政编制', 'Approved administrative quota'),
    30,
  ),
  m(
    'quotaPoliticalLegal',
    'quota',
    'persons',
    { zh: '政法专项编制数', en: 'Political-legal quota' },
    byType('核定的政法专项编制', 'Approved political-legal quota'),
    0,
  ),
  m(
    'quotaInstitutional',
    'quota',
    'persons',
    { zh: '事业编制数', en: 'Institutional quota' },
    byType('核定的事业编制', 'Approved institutional quota'),
    8,
  ),
  m(
    'quotaWorkerAdmin',
    'quota',
    'persons',
    { zh: '机关工勤编制数', en: 'Service-worker quota' },
    byType('核定的机关工勤编制', 'Approved organ service-worker quota'),
    2,
  ),
  m(
    'headcount',
    'headcount',
    'persons',
    { zh: '实有在编人数', en: 'In-quota headcount' },
    {
      zh: '各类编制实有人数之和（有实名制名册时按名册）',
      en: 'People in post on any quota (from the 实名制 roster when loaded)',
    },
    37,
  ),
  m(
    'headcountAdministrative',
    'headcount',
    'persons',
    { zh: '行政编制实有人数', en: 'Headcount, administrative' },
    byType('占用行政编制的实有人数', 'People on administrative quota'),
    28,
  ),
  m(
    'headcountPoliticalLegal',
    'headcount',
    'persons',
    { zh: '政法专项编制实有人数', en: 'Headcount, political-legal' },
    byType('占用政法专项编制的实有人数', 'People on political-legal quota'),
    0,
  ),
  m(
    'headcountInstitutional',
    'headcount',
    'persons',
    { zh: '事业编制实有人数', en: 'Headcount, institutional' },
    byType('占用事业编制的实有人数', 'People on institutional quota'),
    7,
  ),
  m(
    'headcountWorkerAdmin',
    'headcount',
    'persons',
    { zh: '机关工勤编制实有人数', en: 'Headcount, service workers' },
    byType('占用机关工勤编制的实有人数', 'People on organ service-worker quota'),
    2,
  ),
  m(
    'vacancy',
    'quota',
    'persons',
    { zh: '空编数', en: 'Vacant posts' },
    {
      zh: '各编制类型中核定数超出实有人数的部分之和',
      en: 'Sum over staffing types of approved minus actual, where positive',
    },
    3,
  ),
  m(
    'overQuota',
    'quota',
    'persons',
    { zh: '超编人数', en: 'Over quota' },
    {
      zh: '各编制类型中实有人数超出核定数的部分之和（0 表示未超编）',
      en: 'Sum over staffing types of actual minus approved, where positive (0 = within quota)',
    },
    0,
  ),
  m(
    'useRate',
    'quota',
    'ratio',
    { zh: '编制使用率', en: 'Quota use rate' },
    {
      zh: '实有在编人数 ÷ 编制总数；无编制时无值',
      en: 'In-quota headcount ÷ total quota; no value without quota',
    },
    0.925,
  ),
  m(
    'vacancyRate',
    'quota',
    'ratio',
    { zh: '空编率', en: 'Vacancy rate' },
    { zh: '空编数 ÷ 编制总数；无编制时无值', en: 'Vacant posts ÷ total quota; no value without quota' },
    0.075,
  ),
  m(
    'leaderPostsApproved',
    'leaders',
    'persons',
    { zh: '核定领导职数', en: 'Approved leader posts' },
    { zh: '部门领导与内设机构领导职数之和', en: 'Unit and internal-body leader posts approved' },
    9,
  ),
  m(
    'leaderPostsActual',
    'leaders',
    'persons',
    { zh: '实配领导职数', en: 'Leader posts filled' },
    { zh: '实际配备的部门领导与内设机构领导人数', en: 'Unit and internal-body leaders in post' },
    9,
  ),
  m(
    'leaderPostsOver',
    'leaders',
    'persons',
    { zh: '超职数配备人数', en: 'Leaders over the approved posts' },
    {
      zh: '各职数层级中实配超出核定的部分之和',
      en: 'Sum over leader levels of filled minus approved, where positive',
    },
    0,
  ),
  m(
    'internalBodiesApproved',
    'bodies',
    'count',
    { zh: '内设机构限额', en: 'Internal bodies approved' },
    { zh: '三定核定的内设机构数', en: 'Internal bodies approved in the 三定' },
    6,
  ),
  m(
    'internalBodiesActual',
    'bodies',
    'count',
    { zh: '实有内设机构数', en: 'Internal bodies in place' },
    { zh: '台账中在用的内设机构数', en: 'Active internal bodies in the registry' },
    6,
  ),
  m(
    'nonQuotaCap',
    'headcount',
    'persons',
    { zh: '编外用工控制数', en: 'Non-quota cap' },
    {
      zh: '核定的编外用工人数上限；未核定时无值',
      en: 'Approved cap on staff outside the quota; no value when none is set',
    },
    5,
  ),
  m(
    'nonQuotaHeadcount',
    'headcount',
    'persons',
    { zh: '编外实有人数', en: 'Non-quota headcount' },
    { zh: '编制外聘用的实有人数', en: 'People employed outside the quota' },
    4,
  ),
  m(
    'secondedOut',
    'headcount',
    'persons',
    { zh: '被借调人数', en: 'Seconded out' },
    { zh: '编制在本单位、实际在其他单位工作的人数', en: 'People on this unit’s quota working elsewhere' },
    1,
  ),
  m(
    'averageAge',
    'structure',
    'years',
    { zh: '平均年龄', en: 'Average age' },
    { zh: '实名制在编人员的平均年龄（有出生日期者）', en: 'Average age of in-quota staff with a birth date' },
    41.6,
  ),
  m(
    'shareUnder35',
    'structure',
    'ratio',
    { zh: '35 岁及以下人员占比', en: 'Share aged 35 or under' },
    {
      zh: '35 岁及以下在编人员 ÷ 有出生日期的在编人员',
      en: 'In-quota staff aged ≤ 35 ÷ those with a birth date',
    },
    0.27,
  ),
  m(
    'sharePostgraduate',
    'structure',
    'ratio',
    { zh: '研究生学历人员占比', en: 'Share with a postgraduate degree' },
    {
      zh: '硕士、博士研究生 ÷ 有学历信息的在编人员',
      en: 'Master’s and doctorates ÷ in-quota staff with an education record',
    },
    0.16,
  ),
  m(
    'workload',
    'workload',
    'workload',
    { zh: '年度工作量', en: 'Yearly workload' },
    {
      zh: '该行业类别主要工作量指标的最近年度数值（如办件量）',
      en: 'Latest yearly value of the category’s main workload measure (e.g. cases handled)',
    },
    5180,
  ),
  m(
    'workloadPerHead',
    'workload',
    'workload',
    { zh: '人均工作量', en: 'Workload per head' },
    { zh: '年度工作量 ÷ 实有在编人数', en: 'Yearly workload ÷ in-quota headcount' },
    140,
  ),
  m(
    'peerWorkloadPerHead',
    'workload',
    'workload',
    { zh: '同类单位人均工作量中位数', en: 'Peer median workload per head' },
    {
      zh: '同一行业类别单位人均工作量的中位数',
      en: 'Median workload per head of the units of the same category',
    },
    125,
  ),
  m(
    'budget',
    'workload',
    'tenThousandYuan',
    { zh: '年度预算', en: 'Yearly budget' },
    { zh: '最近年度部门预算（万元）', en: 'Latest yearly budget (10k yuan)' },
    1260,
  ),
  m(
    'budgetPerHead',
    'workload',
    'tenThousandYuan',
    { zh: '人均预算', en: 'Budget per head' },
    { zh: '年度预算 ÷ 实有在编人数（万元）', en: 'Yearly budget ÷ in-quota headcount (10k yuan)' },
    34.05,
  ),
  m(
    'performanceScore',
    'workload',
    'score',
    { zh: '年度绩效考核得分', en: 'Annual performance score' },
    {
      zh: '年度目标绩效考核得分（百分制，随考核结果导入）',
      en: 'Score of the annual performance assessment (out of 100, imported with its results)',
    },
    92.5,
  ),
];

/** Measure names, for the type checker. */
export const measureNames: ReadonlySet<string> = new Set(measureCatalogue.map((s) => s.name));

/** The sample unit's values, keyed by measure name. */
export const sampleMeasures: Readonly<Record<string, number>> = Object.fromEntries(
  measureCatalogue.map((s) => [s.name, s.sample]),
);

/** The catalogue entry of a measure, or undefined. */
export const measureSpecOf = (name: string) => measureCatalogue.find((s) => s.name === name);
