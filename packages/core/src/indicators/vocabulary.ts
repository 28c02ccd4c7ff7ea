import { vocabulary } from '../registry/vocabulary.ts';

/**
 * Controlled vocabularies of the indicator library (指标体系, DOMAIN.md §2). Codes are stable
 * English words stored in the database and in exported files; labels are what officials read.
 */

/** 指标体系类别: the "1" (共性, for every unit) or an "X" (个性, for one unit category). */
export const indicatorSetKinds = vocabulary({
  common: { zh: '共性指标', en: 'Common set' },
  category: { zh: '个性指标', en: 'Category set' },
});
export type IndicatorSetKind = (typeof indicatorSetKinds.codes)[number];

/**
 * Life cycle of one version of a set: a draft is edited; publishing freezes it for good (a change
 * needs a new version, which starts as a copy); an archived version is kept for campaigns that
 * froze it but is no longer offered for new ones.
 */
export const indicatorSetStatuses = vocabulary({
  draft: { zh: '草稿', en: 'Draft' },
  published: { zh: '已发布', en: 'Published' },
  archived: { zh: '已停用', en: 'Archived' },
});
export type IndicatorSetStatus = (typeof indicatorSetStatuses.codes)[number];

/**
 * What a node contributes. Only `scored` nodes make up the full mark; `bonus` nodes add points
 * above it (capped per node and for the whole set) and `veto` nodes cap or force the grade.
 */
export const indicatorRoles = vocabulary({
  scored: { zh: '计分指标', en: 'Scored' },
  bonus: { zh: '加分项', en: 'Bonus' },
  veto: { zh: '否决项', en: 'Veto' },
});
export type IndicatorRole = (typeof indicatorRoles.codes)[number];

/** 评分来源: which part of a campaign fills the indicator in (DOMAIN.md §2.7, last column). */
export const indicatorSources = vocabulary({
  self: { zh: '单位自评', en: 'Self-assessment' },
  onsite: { zh: '实地评估', en: 'On-site review' },
  external: { zh: '外部评价', en: 'External rating' },
  survey: { zh: '民意测评', en: 'Survey' },
  registry: { zh: '台账数据', en: 'Registry data' },
});
export type IndicatorSource = (typeof indicatorSources.codes)[number];

/** 佐证材料类型: what a unit or evaluator must attach to support a score. */
export const evidenceTypes = vocabulary({
  document: { zh: '文件资料', en: 'Documents' },
  ledger: { zh: '台账记录', en: 'Ledgers' },
  minutes: { zh: '会议纪要', en: 'Meeting minutes' },
  photo: { zh: '照片影像', en: 'Photos' },
  systemData: { zh: '系统数据', en: 'System data' },
  interview: { zh: '访谈记录', en: 'Interview notes' },
  questionnaire: { zh: '问卷结果', en: 'Questionnaire results' },
  other: { zh: '其他材料', en: 'Other' },
});
export type EvidenceType = (typeof evidenceTypes.codes)[number];

/**
 * 评估维度 (DOMAIN.md §1): compliance (执行情况) and efficiency (使用效益) can be told apart in one
 * set, since practitioners argue they should be read separately.
 */
export const indicatorDimensions = vocabulary({
  execution: { zh: '执行情况', en: 'Execution' },
  efficiency: { zh: '使用效益', en: 'Efficiency' },
});
export type IndicatorDimension = (typeof indicatorDimensions.codes)[number];

/** 一票否优 caps the grade below 优秀; 一票否决 forces the lowest grade (DOMAIN.md §2.5). */
export const vetoEffects = vocabulary({
  capBelowExcellent: { zh: '一票否优', en: 'Cannot be rated excellent' },
  forceLowest: { zh: '一票否决', en: 'Forces the lowest grade' },
});
export type VetoEffect = (typeof vetoEffects.codes)[number];

/** 计分规则 kinds of DOMAIN.md §2.6. */
export const ruleKinds = vocabulary({
  manual: { zh: '直接评分', en: 'Manual points' },
  grade: { zh: '等次折算', en: 'Grade scale' },
  deductPerCase: { zh: '按例扣分', en: 'Deduct per case' },
  deductTiered: { zh: '分档扣分', en: 'Tiered deduction' },
  bonusPerCase: { zh: '按例加分', en: 'Bonus per case' },
  thresholdLinear: { zh: '达标线性扣分', en: 'Target with linear deduction' },
  rankPoints: { zh: '按名次计分', en: 'Points by rank' },
  rankFromBottom: { zh: '按名次倒序计分', en: 'Points by rank from the bottom' },
  proportionalToBest: { zh: '与最优值比例折算', en: 'Proportional to the best' },
  formula: { zh: '公式计算', en: 'Formula' },
  surveyRate: { zh: '满意率折算', en: 'Survey rate' },
  fallbackAverage: { zh: '无数据取同类平均', en: 'Peer average when no data' },
  veto: { zh: '否决', en: 'Veto' },
});
export type RuleKind = (typeof ruleKinds.codes)[number];
