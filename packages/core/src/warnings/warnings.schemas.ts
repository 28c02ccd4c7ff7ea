import { z } from 'zod';
import {
  leaderLevels,
  staffingTypes,
  unitCategories,
  unitKinds,
  unitRanks,
  unitStatuses,
  vocabulary,
} from '../registry/vocabulary.ts';

/**
 * Shapes of the early-warning rules (预警, DOMAIN.md §4): the registry snapshot of one unit that
 * the server assembles, the hits the rules return, and the settings that hold every threshold.
 * Everything here is plain data, so the same rules run for the nightly scan, a single registry
 * change, the CLI and the tests.
 */

/** 预警等级 */
export const warningSeverities = vocabulary({
  red: { zh: '红色', en: 'Red' },
  orange: { zh: '橙色', en: 'Orange' },
  yellow: { zh: '黄色', en: 'Yellow' },
  info: { zh: '提示', en: 'Info' },
});
export type WarningSeverity = (typeof warningSeverities.codes)[number];

/** Codes of the rules implemented here (DOMAIN.md §4; W14–W16 live outside the registry scan). */
export const warningCodes = [
  'W01',
  'W02',
  'W03',
  'W04',
  'W05',
  'W06',
  'W07',
  'W08',
  'W09',
  'W10',
  'W11',
  'W12',
  'W13',
] as const;
export type WarningCode = (typeof warningCodes)[number];

export { type LeaderLevel, leaderLevels } from '../registry/vocabulary.ts';

/** 出编原因 (DOMAIN.md §3.3) */
export const exitReasons = vocabulary({
  retirement: { zh: '退休', en: 'Retirement' },
  transferOut: { zh: '调出', en: 'Transfer out' },
  resignation: { zh: '辞职', en: 'Resignation' },
  dismissal: { zh: '辞退', en: 'Dismissal' },
  termination: { zh: '解聘', en: 'End of contract' },
  expulsion: { zh: '开除', en: 'Expulsion' },
  withdrawal: { zh: '退职', en: 'Withdrawal' },
  death: { zh: '死亡', en: 'Death' },
  other: { zh: '其他', en: 'Other' },
});
export type ExitReason = (typeof exitReasons.codes)[number];

/** 三定职责状态 */
export const dutyStatuses = vocabulary({
  active: { zh: '履行中', en: 'Active' },
  completed: { zh: '已完成', en: 'Completed' },
  transferredOut: { zh: '已划出', en: 'Transferred out' },
});
export type DutyStatus = (typeof dutyStatuses.codes)[number];

const isoDate = z.iso.date();
const count = z.number().int().min(0);
const id = z.string().min(1);
const StaffingTypeSchema = z.enum(staffingTypes.codes);
const UnitRankSchema = z.enum(unitRanks.codes);
const LeaderLevelSchema = z.enum(leaderLevels.codes);

/** One person on the unit's books (实名制). */
export const StaffMemberSchema = z.object({
  id,
  name: z.string(),
  /** As registered, unchecked: 18 characters when correct, but anything may have been typed. */
  idNumber: z.string(),
  birthDate: isoDate.nullable(),
  /** null = 未定编到人. */
  staffingType: StaffingTypeSchema.nullable(),
  /** 编制所在单位: the unit whose quota the person occupies (normally the snapshot's unit). */
  unitId: id,
  /** 实际工作单位. Differs from `unitId` while the person is seconded (借调). */
  workUnitId: id,
  /** Since when `workUnitId` differs from `unitId`; null when not seconded or not recorded. */
  secondedSince: isoDate.nullable(),
  leaderLevel: LeaderLevelSchema.nullable(),
  /** 领导职务层次, on the unit-rank scale. */
  leaderRank: UnitRankSchema.nullable(),
  /** The internal body a body-level leader heads (所在机构); null for unit-level leaders. */
  bodyId: id.nullable(),
  /** 是否高配 approved by the staffing committee. */
  overRankApproved: z.boolean(),
  /** Names of mandatory (*) fields left empty, as the registry form defines them. */
  missingFields: z.array(z.string()),
});
export type StaffMember = z.infer<typeof StaffMemberSchema>;

/** A leaving event (退休, 调出 …) and when its 出编 was processed; null = still on the books. */
export const ExitEventSchema = z.object({
  kind: z.literal('exitEvent'),
  id,
  staffId: id,
  staffName: z.string(),
  reason: z.enum(exitReasons.codes),
  eventDate: isoDate,
  processedOn: isoDate.nullable(),
});

/** A 用编核准 (进人核编) and the 入编 it led to; null = nobody entered on it yet. */
export const HireApprovalSchema = z.object({
  kind: z.literal('hireApproval'),
  id,
  /** 核准文号 or 通知单编号. */
  documentNo: z.string(),
  staffingType: StaffingTypeSchema,
  issuedOn: isoDate,
  entryProcessedOn: isoDate.nullable(),
});

/**
 * An 入编 that was processed, with the ledger figures at that moment. The server passes the
 * entries of the period it wants checked (for instance since the last scan or this year).
 */
export const EntrySchema = z.object({
  kind: z.literal('entry'),
  id,
  staffId: id,
  staffName: z.string(),
  staffingType: StaffingTypeSchema,
  processedOn: isoDate,
  /** Whether a 用编核准 covered this entry. */
  hadApproval: z.boolean(),
  /** A_t on the day of the entry. */
  approvedAtEntry: count,
  /** H_t right after the entry. */
  headcountAfterEntry: count,
});

export const MovementSchema = z.discriminatedUnion('kind', [
  ExitEventSchema,
  HireApprovalSchema,
  EntrySchema,
]);
export type Movement = z.infer<typeof MovementSchema>;
export type ExitEvent = z.infer<typeof ExitEventSchema>;
export type HireApproval = z.infer<typeof HireApprovalSchema>;
export type Entry = z.infer<typeof EntrySchema>;

export const InternalBodySchema = z.object({
  id,
  name: z.string(),
  /** 规格 of the body, when approved; body-level leaders are checked against it (W04). */
  rank: UnitRankSchema.nullable(),
  /** Listed in the unit's 三定. */
  inMandate: z.boolean(),
});
export type InternalBody = z.infer<typeof InternalBodySchema>;

/** Approved and actual counts per staffing type; a missing type counts as 0. */
const byStaffingType = z.partialRecord(StaffingTypeSchema, count);

/**
 * The registry of one unit as the rules need it. Counts are in-quota (编内) unless named
 * otherwise; `staff` lists the people whose quota is in this unit.
 */
export const UnitSnapshotSchema = z
  .object({
    unit: z.object({
      id,
      name: z.string(),
      kind: z.enum(unitKinds.codes),
      category: z.enum(unitCategories.codes),
      rank: UnitRankSchema,
      status: z.enum(unitStatuses.codes),
      foundedOn: isoDate.nullable(),
      creditCode: z.string().nullable(),
      /** GB/T 2260 code of the region whose office manages the unit; picks the settings. */
      regionCode: z.string(),
      /** Mandatory (*) unit fields left empty. */
      missingFields: z.array(z.string()),
    }),
    /** A_t: approved quota (编制数). */
    quotas: byStaffingType,
    /** H_t: in-quota headcount (实有在编). */
    headcount: byStaffingType,
    /** LA_l and LH_l per leader level. */
    leaderPosts: z.partialRecord(LeaderLevelSchema, z.object({ approved: count, actual: count })),
    internalBodies: z.object({ approved: count, actual: z.array(InternalBodySchema) }),
    staff: z.array(StaffMemberSchema),
    movements: z.array(MovementSchema),
    /** 编外用工: the cap (编外用工控制数, null = none set) and people employed outside the quota. */
    nonQuota: z.object({ cap: count.nullable(), headcount: count }),
    workload: z.object({
      /** Workload per in-quota head for the latest year, in the unit category's measure. */
      perHead: z.number().min(0).nullable(),
      /** Median of `perHead` over the peer group (same category and kind). */
      peerMedian: z.number().min(0).nullable(),
      /** Whether any workload was recorded in the last 12 months. */
      recordedLast12Months: z.boolean(),
    }),
    /**
     * Consecutive months, up to the scan, in which the vacancy rate was at or above the region's
     * `vacancyRateThreshold` (the server keeps the monthly history).
     */
    monthsAtVacancyThreshold: count,
    /** 三定 duties with their status. */
    duties: z.array(z.object({ id, status: z.enum(dutyStatuses.codes) })),
    /** Headcount on the latest payroll import (人社/财政 统发); null when none was imported. */
    payrollHeadcount: count.nullable(),
  })
  .meta({ id: 'UnitSnapshot' });
export type UnitSnapshot = z.infer<typeof UnitSnapshotSchema>;

const LocalizedTextSchema = z.object({ zh: z.string(), en: z.string() });

const ParamValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
export type HitParamValue = z.infer<typeof ParamValueSchema>;

/** One rule hit on one unit. `(code, unitId, key)` identifies it across rescans. */
export const WarningHitSchema = z
  .object({
    code: z.enum(warningCodes),
    unitId: z.string(),
    severity: z.enum(warningSeverities.codes),
    /** Distinguishes several hits of one rule on one unit (a staffing type, a staff id …). */
    key: z.string(),
    /** The figures that triggered the hit. */
    params: z.record(z.string(), ParamValueSchema),
    message: LocalizedTextSchema,
  })
  .meta({ id: 'WarningHit' });
export type WarningHit = z.infer<typeof WarningHitSchema>;

/** What the UI lists about each rule. */
export const WarningRuleInfoSchema = z
  .object({
    code: z.enum(warningCodes),
    name: LocalizedTextSchema,
    severity: z.enum(warningSeverities.codes),
    /** Whether a hit blocks the triggering transaction by default (W02). */
    blocksByDefault: z.boolean(),
    /** What the rule checks, with the thresholds in force. */
    explanation: LocalizedTextSchema,
  })
  .meta({ id: 'WarningRuleInfo' });
export type WarningRuleInfo = z.infer<typeof WarningRuleInfoSchema>;

const rate = z.number().min(0).max(1);
const unitKindList = z.array(z.enum(unitKinds.codes));

/** Every threshold of the rules (DOMAIN.md §4: "All thresholds are settings"). */
export const WarningSettingsSchema = z
  .object({
    /** W06: vacancy rate at or above which a unit counts as under-staffed. */
    vacancyRateThreshold: rate,
    /** W06: months at or above the threshold before it warns. */
    vacancyMonths: count,
    /** W07: use rate ΣH/ΣA below which, with low workload, it warns. */
    lowUseRate: rate,
    /** W05(c): calendar days of secondment (借调) before it warns. */
    secondmentDays: count,
    /** W10: working days allowed for 出编 after a leaving event (15 Zhangqiu, 10 Tengzhou). */
    exitDeadlineWorkingDays: count,
    /** W11: working days allowed between 用编核准 and 入编. */
    entryDeadlineWorkingDays: count,
    /** W08: at most this many staff counts as "a few staff". */
    zombieMaxHeadcount: count,
    /** W08: workload per head below this share of the peer median counts as "not full". */
    zombieWorkloadRatio: rate,
    /** W08: months after founding before an empty or unregistered institution is a zombie. */
    zombieGraceMonths: count,
    /** W04: ranks from highest to lowest; a rank not listed (未定级) is never compared. */
    rankOrder: z.array(UnitRankSchema).min(1),
    /** W05(a): unit kinds where 事业编制 staff must not be. */
    institutionalQuotaForbiddenKinds: unitKindList,
    /** W05(b): unit kinds where 行政编制 / 政法专项编制 staff must not be. */
    administrativeQuotaForbiddenKinds: unitKindList,
    /** W08: unit kinds that are 事业单位. */
    publicInstitutionKinds: unitKindList,
    /** W10/W11: public holidays (every day off) of the official calendar. */
    holidays: z.array(isoDate),
    /** W10/W11: 调休上班 — weekend days that are working days. */
    makeUpWorkdays: z.array(isoDate),
  })
  .meta({ id: 'WarningSettings' });
export type WarningSettings = z.infer<typeof WarningSettingsSchema>;

/** A region's deviations from the defaults. */
export const WarningSettingsOverrideSchema = WarningSettingsSchema.partial().meta({
  id: 'WarningSettingsOverride',
});
export type WarningSettingsOverride = z.infer<typeof WarningSettingsOverrideSchema>;
