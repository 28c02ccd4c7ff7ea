import type { StaffingType } from '@bianping/core/registry/vocabulary';
import type { DemoUnit } from './demo-county.ts';

/**
 * Which demo unit carries which planted anomaly (DOMAIN.md §4, W01–W13), by short name. Over
 * quota (W01), idle quota (W06) and near-empty institutions come from the county generator
 * itself; everything else is placed here so the demo shows each warning in a unit that makes a
 * plausible story, and the tests can check that exactly these units carry it.
 */
export const DEMO_PLAN = {
  /** W02: a 卫生院 entered a doctor without a 用编核准 while already full, going one over. */
  hiringOverQuota: { unit: '双河中心卫生院', on: '2026-06-15' },
  /** W03: one deputy head more than approved (units), one internal-body deputy more (hospital). */
  extraDeputies: ['县发改局', '县住建局'],
  extraBodyDeputies: ['人民医院'],
  /** W04: the head of a 副科 institution holds 正科 rank without approval; the 党校 one is approved. */
  overRank: '疾病预防控制中心',
  approvedOverRank: '县委党校',
  /** W05 (a) 事业编制 in a party or government organ and (b) 行政编制 in a 公益 institution. */
  mixedQuota: [
    { unit: '县政府办', staffingType: 'institutional' },
    { unit: '县委宣传部', staffingType: 'institutional' },
    { unit: '融媒体中心', staffingType: 'administrative' },
  ] satisfies { unit: string; staffingType: StaffingType }[],
  /** W05 (c): secondments (借调); the last one is younger than 180 days and is not a hit. */
  secondments: [
    { from: '城关中心小学', to: '县教体局', since: '2025-09-01' },
    { from: '石桥镇', to: '县委办', since: '2026-02-16' },
    { from: '人民医院', to: '县卫健局', since: '2026-09-01' },
  ],
  /** W07: idle quota and workload per head below the peer median. */
  lowWorkload: ['青石初级中学', '白塔农业综合服务中心'],
  /** W08: no staff; ≤ 2 staff and no workload for over a year; every 三定 duty gone. */
  zombieNoStaff: '龙泉社会事务服务中心',
  zombieIdle: '北岭退役军人服务站',
  zombieDutiesGone: '社会保险事业服务中心',
  /** W09: an internal body set up outside the 三定. */
  extraBodies: [
    { unit: '县市场监管局', body: '网络交易监管科' },
    { unit: '县交通局', body: '重点项目建设办公室' },
  ],
  /** W10: a leaving event whose 出编 was never processed. */
  lateExits: [
    { unit: '县财政局', reason: 'retirement', on: '2026-08-01' },
    { unit: '第一中学', reason: 'transferOut', on: '2026-07-10' },
  ],
  /** W11: a 用编核准 with nobody entered on it. */
  lateEntries: [
    { unit: '第二人民医院', on: '2026-07-06' },
    { unit: '县审批局', on: '2026-08-17' },
  ],
  /** W12: more 编外 people than the 编外用工控制数. */
  nonQuotaOverCap: ['县公安局', '中医医院', '城关街道'],
  /** W13: one person on the books of two units; a mistyped ID; an empty mandatory field. */
  duplicateId: { unit: '第二中学', alsoIn: '东湖初级中学' },
  wrongCheckChar: '县民政局',
  missingEducation: '实验小学',
} as const;

/** 沿革 planted over 2021–2025 (the rest of the history is drawn at random). */
export const HISTORY_PLAN = {
  established: [
    { unit: '医疗保障事务中心', on: '2021-04-16' },
    { unit: '气象灾害防御中心', on: '2022-03-08' },
  ],
  merged: [
    { unit: '城关前村小学', into: '城关中心小学', on: '2023-08-20' },
    { unit: '东湖北村小学', into: '东湖中心小学', on: '2024-08-26' },
    { unit: '博物馆', into: '文化馆', on: '2022-11-15' },
  ],
  abolished: [
    { unit: '宾馆', on: '2022-06-30', why: '经营类事业单位转企改制' },
    { unit: '供水服务站', on: '2024-12-31', why: '供水业务整体移交县水务集团' },
  ],
} as const;

/** Every string in the plans; the short names of planned units are among them. */
function stringsIn(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (value && typeof value === 'object')
    for (const inner of Object.values(value)) stringsIn(inner, out);
  return out;
}

/** Short names of the units any plan mentions; random picks leave them alone. */
export const PLANNED_UNITS: ReadonlySet<string> = stringsIn([DEMO_PLAN, HISTORY_PLAN], new Set());

export type UnitsByShortName = ReadonlyMap<string, DemoUnit>;

/** The county's units by short name; short names are unique (the county test checks it). */
export const unitsByShortName = (units: DemoUnit[]): UnitsByShortName =>
  new Map(units.map((u) => [u.shortName, u]));

/** The unit a plan names; throws when the county has no such unit (a plan out of date). */
export function planned(units: UnitsByShortName, shortName: string): DemoUnit {
  const unit = units.get(shortName);
  if (!unit) throw new Error(`demo plan names ${shortName}, which the county does not have`);
  return unit;
}

const setMainHeadcount = (unit: DemoUnit, count: number) => {
  const main = unit.headcount[0];
  if (main) main.count = count;
};
const mainQuotaOf = (unit: DemoUnit) => unit.quotas[0]?.amount ?? 0;
const mainHeadcountOf = (unit: DemoUnit) => unit.headcount[0]?.count ?? 0;

/**
 * Sets the headcounts the plan needs before the history is drawn: the W02 unit exactly one over
 * (its last entry did it), the zombies (nearly) empty, and room in the units with an open
 * 用编核准 (an approval presupposes a vacancy).
 */
export function shapePlannedHeadcounts(byShort: UnitsByShortName) {
  const hiring = planned(byShort, DEMO_PLAN.hiringOverQuota.unit);
  setMainHeadcount(hiring, mainQuotaOf(hiring) + 1);
  setMainHeadcount(planned(byShort, DEMO_PLAN.zombieNoStaff), 0);
  setMainHeadcount(planned(byShort, DEMO_PLAN.zombieIdle), 1);
  setMainHeadcount(planned(byShort, DEMO_PLAN.zombieDutiesGone), 1);
  for (const { unit: name } of DEMO_PLAN.lateEntries) {
    const unit = planned(byShort, name);
    setMainHeadcount(unit, Math.min(mainHeadcountOf(unit), mainQuotaOf(unit) - 2));
  }
}

/** W05 (a)/(b): one person each on a staffing type the unit's kind may not use. */
export function addMixedQuotaPeople(byShort: UnitsByShortName) {
  for (const { unit: name, staffingType } of DEMO_PLAN.mixedQuota) {
    const unit = planned(byShort, name);
    const row = unit.headcount.find((h) => h.staffingType === staffingType);
    if (row) row.count++;
    else unit.headcount.push({ staffingType, count: 1 });
  }
}
