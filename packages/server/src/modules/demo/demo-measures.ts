import type { UnitCategory } from '@bianping/core/registry/vocabulary';
import type { DemoUnit } from './demo-county.ts';

/**
 * A yearly workload measure: its name as officials read it, the volume per person per year in
 * 2025, the yearly growth, and whether 2022 was a pandemic year for it.
 */
export type Measure = { name: string; perHead: number; growth: number; pandemic?: boolean };

const m = (name: string, perHead: number, growth = 0.02, pandemic = false): Measure => ({
  name,
  perHead,
  growth,
  pandemic,
});

/** The category's headline measure: every unit of the category records it unless listed below. */
const HEADLINE: Record<UnitCategory, Measure> = {
  general: m('办件量', 300),
  development: m('服务企业户次', 80, 0.04),
  science: m('科技服务项目数', 10, 0.05),
  foreignAffairs: m('外事服务批次', 12, 0.03, true),
  approval: m('办件量', 2500, 0.08),
  education: m('在校生数', 14, 0.01),
  health: m('门诊人次', 1700, 0.04, true),
  finance: m('审核审计项目数', 20, 0.03),
  humanResources: m('服务人次', 2500, 0.04),
  naturalResources: m('办件量', 500, 0.03),
  agriculture: m('服务农户户次', 420, 0.03),
  marketRegulation: m('检查户次', 120, 0.03),
  publicSecurity: m('案件数', 12, 0.05),
  justice: m('案件数', 40, 0.05),
  culture: m('服务人次', 1500, 0.05, true),
  transport: m('检查户次', 120, 0.03),
  housing: m('检查户次', 150, 0.03),
  environment: m('检查户次', 150, 0.04),
  waterResources: m('管护工程数', 4, 0.02),
  emergency: m('检查户次', 80, 0.04),
  civilAffairs: m('服务人次', 600, 0.04),
  township: m('办件量', 500, 0.05),
};

/** Units whose work is measured differently from their category; the first entry replaces the headline. */
const OWN_MEASURES: readonly [RegExp, readonly Measure[]][] = [
  [/委党校/, [m('培训人次', 60, 0.03, true)]],
  [/疾病预防/, [m('疫苗接种剂次', 1000, 0.02, true), m('检验检测样本数', 400, 0.06)]],
  [/卫生健康综合监督/, [m('检查户次', 150, 0.03)]],
  [/卫生健康局/, [m('检查户次', 60, 0.03)]],
  [/医疗保障/, [m('医保结算人次', 8000, 0.06)]],
  [/公共资源交易/, [m('交易项目数', 40, 0.05)]],
  [/检验检测/, [m('检验检测批次', 300, 0.05), m('检查户次', 40, 0.03)]],
  [/国有林场/, [m('管护面积（亩）', 3000, 0)]],
  [/农业综合执法|文化市场综合执法|综合执法队/, [m('检查户次', 120, 0.03)]],
  [/融媒体/, [m('发稿量', 300, 0.06)]],
  [/住房公积金/, [m('办件量', 1500, 0.05)]],
  [/勘察设计/, [m('设计项目数', 8, -0.03)]],
  [/供水/, [m('供水量（万吨）', 30, 0.02)]],
  // 防雷安全检查 is a 气象 inspection duty, so the centre reports 检查户次 like its category.
  [/气象灾害/, [m('检查户次', 30, 0.04), m('预警信息发布次数', 40, 0.05)]],
];

/** Second measures some units also report (never all units of a category, so the headline leads). */
const EXTRA_MEASURES: readonly [RegExp, Measure][] = [
  [/人民医院$|中医医院$|妇幼保健院$/, m('出院人次', 90, 0.04, true)],
  [/卫生院$/, m('公共卫生服务人次', 900, 0.03)],
  [/信访局$/, m('信访受理件次', 60, -0.04)],
  [/档案馆$/, m('档案利用人次', 400, 0.03)],
  [/宾馆$/, m('接待人次', 500, -0.05, true)],
  [/审批服务局$/, m('即办件数', 1200, 0.1)],
];

/** Students per teacher by kind of school: the national staffing standard is stricter in towns. */
function studentsPerHead(unit: DemoUnit): number {
  const n = unit.name;
  if (n.includes('高级中学')) return 13;
  if (n.includes('职业')) return 12;
  if (n.includes('特殊教育')) return 3;
  if (n.includes('幼儿园')) return 11;
  if (n.includes('村小学')) return 9;
  if (n.includes('中学')) return 12;
  if (n.includes('小学')) return 17;
  return 14;
}

/** Education's enrolment trend: towns shrink, the county seat grows, fewer births reach kindergartens. */
function enrolmentGrowth(unit: DemoUnit): number {
  if (unit.name.includes('幼儿园')) return -0.06;
  if (unit.name.includes('村小学')) return -0.05;
  if (unit.rank === 'unranked') return -0.02;
  return 0.02;
}

/** The measures a unit reports, headline first. The education organ reports the county's pupils. */
export function measuresOf(unit: DemoUnit): Measure[] {
  const own = OWN_MEASURES.find(([pattern]) => pattern.test(unit.name))?.[1];
  const extra = EXTRA_MEASURES.filter(([pattern]) => pattern.test(unit.name)).map(([, measure]) => measure);
  if (own) return [...own, ...extra];
  const headline = HEADLINE[unit.category];
  if (unit.category === 'education')
    return [{ ...headline, perHead: studentsPerHead(unit), growth: enrolmentGrowth(unit) }, ...extra];
  return [headline, ...extra];
}

export const BUDGET = 'budget';
