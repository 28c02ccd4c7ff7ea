import type { LocalizedText } from '../errors.ts';
import type { WarningCode, WarningSettings } from './warnings.schemas.ts';

/**
 * The thresholds a region may set for itself, with the words the settings form and the server's
 * validation messages share. Holidays and make-up working days are not here: the official
 * calendar is one for the whole country and is kept on its own (calendar_days).
 */
export const regionSettingKeys = [
  'exitDeadlineWorkingDays',
  'entryDeadlineWorkingDays',
  'vacancyRateThreshold',
  'vacancyMonths',
  'lowUseRate',
  'secondmentDays',
  'institutionalQuotaForbiddenKinds',
  'administrativeQuotaForbiddenKinds',
  'zombieMaxHeadcount',
  'zombieWorkloadRatio',
  'zombieGraceMonths',
  'publicInstitutionKinds',
  'rankOrder',
] as const satisfies readonly (keyof WarningSettings)[];
export type RegionSettingKey = (typeof regionSettingKeys)[number];

/** The thresholds of one region, without the calendar. */
export type RegionSettings = Pick<WarningSettings, RegionSettingKey>;

/**
 * How a field is entered: a share in [0, 1] (shown as a percentage), a whole number within
 * bounds, an unordered list of unit kinds, or the ordered list of ranks.
 */
export type SettingFieldKind =
  | { type: 'rate' }
  | { type: 'integer'; min: number; max: number; unit: LocalizedText }
  | { type: 'unitKinds' }
  | { type: 'rankOrder' };

export type SettingField = {
  label: LocalizedText;
  help: LocalizedText;
  /** The rules the value changes, for the form's grouping and the help text. */
  rules: readonly WarningCode[];
  kind: SettingFieldKind;
};

const workingDays = { zh: '个工作日', en: 'working days' };
const days = { zh: '天', en: 'days' };
const months = { zh: '个月', en: 'months' };
const people = { zh: '人', en: 'people' };

/** Label, help and entry kind of every region threshold (DOMAIN.md §4, "All thresholds are settings"). */
export const warningSettingFields: Record<RegionSettingKey, SettingField> = {
  exitDeadlineWorkingDays: {
    label: { zh: '出编办理时限', en: 'Exit deadline' },
    help: {
      zh: '人员退休、调出等离开后，须在此工作日数内办理出编；超过即 W10 出编逾期。章丘为 15，滕州为 10。',
      en: 'Working days allowed to process the exit from quota after someone leaves; beyond it W10 fires. 15 in Zhangqiu, 10 in Tengzhou.',
    },
    rules: ['W10'],
    kind: { type: 'integer', min: 1, max: 120, unit: workingDays },
  },
  entryDeadlineWorkingDays: {
    label: { zh: '入编办理时限', en: 'Entry deadline' },
    help: {
      zh: '用编核准下达后，须在此工作日数内办理入编；超过即 W11 入编逾期。',
      en: 'Working days allowed between a hiring approval and the entry into quota; beyond it W11 fires.',
    },
    rules: ['W11'],
    kind: { type: 'integer', min: 1, max: 250, unit: workingDays },
  },
  vacancyRateThreshold: {
    label: { zh: '空编率阈值', en: 'Vacancy rate threshold' },
    help: {
      zh: '空编率 =（编制数 − 实有在编）÷ 编制数，不低于此比例并持续下列月数时 W06 预警。',
      en: 'Vacancy rate = (quota − headcount) ÷ quota; W06 fires when it stays at or above this share for the months below.',
    },
    rules: ['W06'],
    kind: { type: 'rate' },
  },
  vacancyMonths: {
    label: { zh: '空编持续月数', en: 'Vacancy months' },
    help: {
      zh: '空编率连续达到阈值的月数，达到后 W06 预警。',
      en: 'Consecutive months at or above the vacancy threshold before W06 fires.',
    },
    rules: ['W06'],
    kind: { type: 'integer', min: 1, max: 60, unit: months },
  },
  lowUseRate: {
    label: { zh: '编制使用率下限', en: 'Low quota-use rate' },
    help: {
      zh: '实有在编 ÷ 编制数低于此比例，且人均工作量低于同类中位数时 W07 预警。',
      en: 'W07 fires when headcount ÷ quota is below this share and workload per head is below the peer median.',
    },
    rules: ['W07'],
    kind: { type: 'rate' },
  },
  secondmentDays: {
    label: { zh: '借调天数上限', en: 'Secondment limit' },
    help: {
      zh: '实际工作单位与编制所在单位不一致（借调）超过此天数时 W05 预警。',
      en: 'W05 fires when someone has worked outside the unit holding their quota (secondment) longer than this.',
    },
    rules: ['W05'],
    kind: { type: 'integer', min: 1, max: 3650, unit: days },
  },
  institutionalQuotaForbiddenKinds: {
    label: { zh: '不得使用事业编制的单位性质', en: 'Kinds barred from institutional quota' },
    help: {
      zh: '事业编制人员在这些性质的单位使用时 W05 预警。默认不含参公事业单位（其本身使用事业编制）。',
      en: 'W05 fires for institutional-quota staff in units of these kinds. Civil-service-managed institutions are left out by default (they are staffed on institutional quota).',
    },
    rules: ['W05'],
    kind: { type: 'unitKinds' },
  },
  administrativeQuotaForbiddenKinds: {
    label: { zh: '不得使用行政编制的单位性质', en: 'Kinds barred from administrative quota' },
    help: {
      zh: '行政编制、政法专项编制人员在这些性质的单位使用时 W05 预警。',
      en: 'W05 fires for administrative or political-legal quota staff in units of these kinds.',
    },
    rules: ['W05'],
    kind: { type: 'unitKinds' },
  },
  zombieMaxHeadcount: {
    label: { zh: '空壳单位人数上限', en: 'Shell-unit headcount' },
    help: {
      zh: '事业单位在编人数不超过此数且近 12 个月无工作量记录时，按僵尸事业单位（W08）预警。',
      en: 'A public institution with at most this many staff and no workload recorded in 12 months is flagged as a zombie (W08).',
    },
    rules: ['W08'],
    kind: { type: 'integer', min: 0, max: 50, unit: people },
  },
  zombieWorkloadRatio: {
    label: { zh: '工作量不饱和比例', en: 'Under-used workload share' },
    help: {
      zh: '人均工作量低于同类单位中位数的此比例时，W08 预警。',
      en: 'W08 fires when workload per head is below this share of the peer median.',
    },
    rules: ['W08'],
    kind: { type: 'rate' },
  },
  zombieGraceMonths: {
    label: { zh: '设立宽限月数', en: 'Grace period after founding' },
    help: {
      zh: '事业单位设立超过此月数仍无人员或未办理法人登记时，W08 预警。',
      en: 'W08 fires when a public institution still has no staff or no legal-person registration this many months after founding.',
    },
    rules: ['W08'],
    kind: { type: 'integer', min: 1, max: 120, unit: months },
  },
  publicInstitutionKinds: {
    label: { zh: '视为事业单位的单位性质', en: 'Kinds treated as public institutions' },
    help: {
      zh: 'W08 僵尸事业单位只检查这些性质的单位。',
      en: 'W08 (zombie institution) checks units of these kinds only.',
    },
    rules: ['W08'],
    kind: { type: 'unitKinds' },
  },
  rankOrder: {
    label: { zh: '规格由高到低', en: 'Ranks, highest first' },
    help: {
      zh: 'W04 比较领导职务层次与单位规格时使用的顺序；未列出的规格（如未定级）不比较。',
      en: 'The order W04 uses to compare a leader’s rank with the unit’s; ranks not listed (such as unranked) are never compared.',
    },
    rules: ['W04'],
    kind: { type: 'rankOrder' },
  },
};

/** The form's sections: fields of related rules together, in the order of regionSettingKeys. */
export const settingGroups: readonly { title: LocalizedText; keys: readonly RegionSettingKey[] }[] = [
  {
    title: { zh: '出入编时限', en: 'Entry and exit deadlines' },
    keys: ['exitDeadlineWorkingDays', 'entryDeadlineWorkingDays'],
  },
  {
    title: { zh: '空编与编制使用', en: 'Vacancy and quota use' },
    keys: ['vacancyRateThreshold', 'vacancyMonths', 'lowUseRate'],
  },
  {
    title: { zh: '混编混岗', en: 'Mixed staffing' },
    keys: ['secondmentDays', 'institutionalQuotaForbiddenKinds', 'administrativeQuotaForbiddenKinds'],
  },
  {
    title: { zh: '僵尸事业单位', en: 'Zombie institutions' },
    keys: ['zombieMaxHeadcount', 'zombieWorkloadRatio', 'zombieGraceMonths', 'publicInstitutionKinds'],
  },
  { title: { zh: '超规格配备', en: 'Over-rank appointments' }, keys: ['rankOrder'] },
];
