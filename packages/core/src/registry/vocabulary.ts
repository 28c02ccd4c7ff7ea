import type { LocalizedText } from '../errors.ts';

/**
 * Controlled vocabularies of the registry (DOMAIN.md §3). Codes are stable English words stored
 * in the database; labels are what officials read.
 */
/** A controlled vocabulary: its codes and their zh/en labels. */
export const vocabulary = <const K extends string>(labels: Record<K, LocalizedText>) => ({
  codes: Object.keys(labels) as K[],
  labels,
});

/** 机构/单位性质 — decides which staffing types a unit may legitimately use. */
export const unitKinds = vocabulary({
  administrative: { zh: '行政机关', en: 'Administrative organ' },
  party: { zh: '党委机关', en: 'Party organ' },
  civilServiceManaged: { zh: '参公事业单位', en: 'Civil-service-managed institution' },
  publicWelfare1: { zh: '公益一类事业单位', en: 'Public institution, class I' },
  publicWelfare2: { zh: '公益二类事业单位', en: 'Public institution, class II' },
  businessLike: { zh: '经营类事业单位', en: 'Business-type institution' },
  massOrganization: { zh: '群团组织', en: 'Mass organisation' },
});
export type UnitKind = (typeof unitKinds.codes)[number];

/** 行业类别 — picks the "X" indicator set of a unit. */
export const unitCategories = vocabulary({
  general: { zh: '综合', en: 'General affairs' },
  development: { zh: '发改', en: 'Development & reform' },
  science: { zh: '科技', en: 'Science & technology' },
  foreignAffairs: { zh: '外事', en: 'Foreign affairs' },
  approval: { zh: '行政审批', en: 'Administrative approval' },
  education: { zh: '教育', en: 'Education' },
  health: { zh: '卫健', en: 'Health' },
  finance: { zh: '财政', en: 'Finance' },
  humanResources: { zh: '人社', en: 'Human resources' },
  naturalResources: { zh: '自然资源', en: 'Natural resources' },
  agriculture: { zh: '农业农村', en: 'Agriculture' },
  marketRegulation: { zh: '市场监管', en: 'Market regulation' },
  publicSecurity: { zh: '公安', en: 'Public security' },
  justice: { zh: '司法', en: 'Justice' },
  culture: { zh: '文旅', en: 'Culture & tourism' },
  transport: { zh: '交通', en: 'Transport' },
  housing: { zh: '住建', en: 'Housing & construction' },
  environment: { zh: '生态环境', en: 'Environment' },
  waterResources: { zh: '水利', en: 'Water resources' },
  emergency: { zh: '应急', en: 'Emergency management' },
  civilAffairs: { zh: '民政', en: 'Civil affairs' },
  township: { zh: '乡镇街道', en: 'Township / subdistrict' },
});
export type UnitCategory = (typeof unitCategories.codes)[number];

/** 系统类别 */
export const unitSystems = vocabulary({
  party: { zh: '党委', en: 'Party committee' },
  congress: { zh: '人大', en: "People's congress" },
  government: { zh: '政府', en: 'Government' },
  cppcc: { zh: '政协', en: 'CPPCC' },
  court: { zh: '法院', en: 'Court' },
  procuratorate: { zh: '检察院', en: 'Procuratorate' },
  massOrganization: { zh: '群团', en: 'Mass organisations' },
  democraticParty: { zh: '民主党派', en: 'Democratic parties' },
});
export type UnitSystem = (typeof unitSystems.codes)[number];

/** 机构规格 */
export const unitRanks = vocabulary({
  division: { zh: '正处', en: 'Division' },
  deputyDivision: { zh: '副处', en: 'Deputy division' },
  section: { zh: '正科', en: 'Section' },
  deputySection: { zh: '副科', en: 'Deputy section' },
  stock: { zh: '股级', en: 'Stock' },
  unranked: { zh: '未定级', en: 'Unranked' },
});
export type UnitRank = (typeof unitRanks.codes)[number];

/** 经费形式 */
export const fundingForms = vocabulary({
  full: { zh: '全额拨款', en: 'Fully funded' },
  partial: { zh: '差额拨款', en: 'Partially funded' },
  selfFunded: { zh: '自收自支', en: 'Self-funded' },
});
export type FundingForm = (typeof fundingForms.codes)[number];

/** 编制类型 */
export const staffingTypes = vocabulary({
  administrative: { zh: '行政编制', en: 'Administrative quota' },
  politicalLegal: { zh: '政法专项编制', en: 'Political-legal quota' },
  institutional: { zh: '事业编制', en: 'Institutional quota' },
  workerAdmin: { zh: '机关工勤编制', en: 'Organ service-worker quota' },
});
export type StaffingType = (typeof staffingTypes.codes)[number];

/** 机构状态 */
export const unitStatuses = vocabulary({
  active: { zh: '正常', en: 'Active' },
  merged: { zh: '已合并', en: 'Merged' },
  abolished: { zh: '已撤销', en: 'Abolished' },
});
export type UnitStatus = (typeof unitStatuses.codes)[number];

/** 行政区划层级 */
export const regionLevels = vocabulary({
  province: { zh: '省', en: 'Province' },
  city: { zh: '市', en: 'City' },
  county: { zh: '县', en: 'County' },
});
export type RegionLevel = (typeof regionLevels.codes)[number];

/** 领导职数层级 */
export const leaderLevels = vocabulary({
  unitHead: { zh: '部门正职', en: 'Unit head' },
  unitDeputy: { zh: '部门副职', en: 'Unit deputy head' },
  bodyHead: { zh: '内设机构正职', en: 'Internal-body head' },
  bodyDeputy: { zh: '内设机构副职', en: 'Internal-body deputy head' },
});
export type LeaderLevel = (typeof leaderLevels.codes)[number];
