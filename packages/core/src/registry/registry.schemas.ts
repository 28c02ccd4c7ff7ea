import { z } from 'zod';
import {
  fundingForms,
  leaderLevels,
  staffingTypes,
  unitCategories,
  unitKinds,
  unitRanks,
  unitStatuses,
  unitSystems,
} from './vocabulary.ts';

/** A unit as listed (the registry issue adds detail views). */
export const UnitSummarySchema = z
  .object({
    id: z.uuid(),
    regionId: z.uuid(),
    name: z.string(),
    shortName: z.string().nullable(),
    creditCode: z.string().nullable(),
    kind: z.enum(unitKinds.codes),
    category: z.enum(unitCategories.codes),
    system: z.enum(unitSystems.codes),
    rank: z.enum(unitRanks.codes),
    fundingForm: z.enum(fundingForms.codes),
    status: z.enum(unitStatuses.codes),
    quotaTotal: z.number().int(),
    headcountTotal: z.number().int(),
    /** Open or verified warnings on the unit. */
    liveWarnings: z.number().int(),
  })
  .meta({ id: 'UnitSummary' });
export type UnitSummary = z.infer<typeof UnitSummarySchema>;

export const StaffingTypeSchema = z.enum(staffingTypes.codes);

export const UnitListQuerySchema = z.object({
  q: z.string().trim().max(50).optional(),
  kind: z.enum(unitKinds.codes).optional(),
  category: z.enum(unitCategories.codes).optional(),
  status: z.enum(unitStatuses.codes).optional(),
  /** Only units with live warnings (of this rule code, or any with `any`). */
  warning: z
    .string()
    .regex(/^(any|W\d\d)$/)
    .optional(),
  /** The region and every region below it. */
  regionId: z.uuid().optional(),
  /** Units whose 主管部门 is this unit. */
  parentUnitId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const RegistryOverviewSchema = z
  .object({
    byKind: z.array(
      z.object({
        kind: z.enum(unitKinds.codes),
        units: z.number().int(),
        quota: z.number().int(),
        headcount: z.number().int(),
        overQuota: z.number().int(),
        emptyUnits: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'RegistryOverview' });
export type RegistryOverview = z.infer<typeof RegistryOverviewSchema>;

/** Labels of the leader levels, kept under this name for the web. */
export const leaderLevelLabels = leaderLevels.labels;

export const historyEventTypes = vocabularyCodes([
  ['established', '设立', 'Established'],
  ['renamed', '更名', 'Renamed'],
  ['merged', '合并', 'Merged'],
  ['split', '分设', 'Split'],
  ['abolished', '撤销', 'Abolished'],
  ['rankChanged', '规格调整', 'Rank changed'],
  ['affiliationChanged', '隶属调整', 'Affiliation changed'],
  ['plateAdded', '加挂牌子', 'Plate added'],
  ['dutiesIn', '职责划入', 'Duties transferred in'],
  ['dutiesOut', '职责划出', 'Duties transferred out'],
  ['dutiesCancelled', '职责取消', 'Duties cancelled'],
  ['dutiesAdded', '职责增加', 'Duties added'],
  ['quotaIncreased', '编制核增', 'Quota increased'],
  ['quotaDecreased', '编制核减', 'Quota decreased'],
  ['quotaTransferred', '编制划转', 'Quota transferred'],
  ['postsAdjusted', '领导职数调整', 'Leader posts adjusted'],
  ['fundingChanged', '经费形式变更', 'Funding form changed'],
]);

function vocabularyCodes<const T extends readonly (readonly [string, string, string])[]>(rows: T) {
  return {
    codes: rows.map((r) => r[0]) as unknown as [T[number][0], ...T[number][0][]],
    labels: Object.fromEntries(rows.map(([code, zh, en]) => [code, { zh, en }])) as Record<
      T[number][0],
      { zh: string; en: string }
    >,
  };
}

const isoDate = z.iso.date();

export const UnitDetailSchema = z
  .object({
    unit: UnitSummarySchema.extend({
      regionName: z.string(),
      parentUnitId: z.uuid().nullable(),
      parentUnitName: z.string().nullable(),
      foundedOn: z.string().nullable(),
      endedOn: z.string().nullable(),
      foundingDocNo: z.string().nullable(),
      internalBodiesApproved: z.number().int().nullable(),
      nonQuotaCap: z.number().int().nullable(),
      nonQuotaHeadcount: z.number().int().nullable(),
      version: z.number().int(),
    }),
    /** Current approved quota and actual in-quota headcount per staffing type. */
    staffing: z.array(
      z.object({
        staffingType: z.enum(staffingTypes.codes),
        quota: z.number().int(),
        headcount: z.number().int(),
      }),
    ),
    /** Where headcount comes from: the 实名制 list when loaded, direct entry otherwise. */
    headcountSource: z.enum(['staff', 'direct']),
    quotaLedger: z.array(
      z.object({
        id: z.uuid(),
        staffingType: z.enum(staffingTypes.codes),
        fundingForm: z.enum(fundingForms.codes),
        delta: z.number().int(),
        effectiveOn: z.string(),
        docNo: z.string().nullable(),
        note: z.string().nullable(),
      }),
    ),
    leaderPosts: z.array(
      z.object({ level: z.enum(leaderLevels.codes), approved: z.number().int(), actual: z.number().int() }),
    ),
    internalBodies: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        inMandate: z.boolean(),
        active: z.boolean(),
        staff: z.number().int(),
      }),
    ),
    mandate: z.array(
      z.object({
        id: z.uuid(),
        seq: z.number().int(),
        text: z.string(),
        docNo: z.string().nullable(),
        status: z.enum(['active', 'completed', 'transferredOut']),
      }),
    ),
    history: z.array(
      z.object({
        id: z.uuid(),
        eventDate: z.string(),
        type: z.enum(historyEventTypes.codes),
        docNo: z.string().nullable(),
        description: z.string(),
        quotaDelta: z.record(z.string(), z.number()).nullable(),
      }),
    ),
    workload: z.array(z.object({ year: z.number().int(), measure: z.string(), value: z.number() })),
    /**
     * Quota and in-quota headcount at the last recorded month-end of each year (the monthly
     * scan's `staffing_snapshots`), for per-capita workload over the years.
     */
    staffingByYear: z.array(
      z.object({
        year: z.number().int(),
        month: z.string(),
        quota: z.number().int(),
        headcount: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'UnitDetail' });
export type UnitDetail = z.infer<typeof UnitDetailSchema>;

const versioned = { version: z.number().int() };

export const UnitUpdateInputSchema = z.object({
  ...versioned,
  name: z.string().trim().min(2).max(100).optional(),
  shortName: z.string().trim().max(50).nullable().optional(),
  creditCode: z.string().trim().length(18).nullable().optional(),
  kind: z.enum(unitKinds.codes).optional(),
  category: z.enum(unitCategories.codes).optional(),
  system: z.enum(unitSystems.codes).optional(),
  rank: z.enum(unitRanks.codes).optional(),
  fundingForm: z.enum(fundingForms.codes).optional(),
  status: z.enum(unitStatuses.codes).optional(),
  /** 主管部门: another unit in the editor's scope, never the unit itself or one below it. */
  parentUnitId: z.uuid().nullable().optional(),
  foundedOn: isoDate.nullable().optional(),
  endedOn: isoDate.nullable().optional(),
  foundingDocNo: z.string().trim().max(80).nullable().optional(),
  internalBodiesApproved: z.number().int().min(0).max(200).nullable().optional(),
  nonQuotaCap: z.number().int().min(0).nullable().optional(),
  nonQuotaHeadcount: z.number().int().min(0).nullable().optional(),
});
export type UnitUpdateInput = z.infer<typeof UnitUpdateInputSchema>;

export const QuotaChangeInputSchema = z.object({
  ...versioned,
  staffingType: z.enum(staffingTypes.codes),
  fundingForm: z.enum(fundingForms.codes),
  delta: z
    .number()
    .int()
    .min(-10000)
    .max(10000)
    .refine((v) => v !== 0, '变动数不能为 0 / delta must not be 0'),
  effectiveOn: isoDate,
  docNo: z.string().trim().min(2).max(80),
  note: z.string().trim().max(200).optional(),
});

export const HeadcountsInputSchema = z.object({
  ...versioned,
  headcounts: z
    .array(z.object({ staffingType: z.enum(staffingTypes.codes), count: z.number().int().min(0) }))
    .max(10),
});

export const LeaderPostsInputSchema = z.object({
  ...versioned,
  posts: z
    .array(
      z.object({
        level: z.enum(leaderLevels.codes),
        approved: z.number().int().min(0).max(100),
        actual: z.number().int().min(0).max(100).nullable().default(null),
      }),
    )
    .max(4),
});

export const CorrectionRequestInputSchema = z.object({
  subject: z.enum([
    'unit',
    'staffing',
    'leaderPosts',
    'internalBodies',
    'mandate',
    'history',
    'workload',
    'staff',
  ]),
  description: z.string().trim().min(5).max(2000),
});

export const CorrectionDecisionInputSchema = z.object({
  ...versioned,
  decision: z.enum(['accepted', 'rejected']),
  note: z.string().trim().min(1).max(1000),
});

export const CorrectionRequestSchema = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    unitName: z.string(),
    requestedByName: z.string(),
    subject: CorrectionRequestInputSchema.shape.subject,
    description: z.string(),
    status: z.enum(['pending', 'accepted', 'rejected']),
    decisionNote: z.string().nullable(),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'CorrectionRequest' });

export const RegistryTreeSchema = z
  .array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      level: z.string(),
      parentId: z.uuid().nullable(),
      /** Units directly in this region (active or not). */
      units: z.number().int(),
      liveWarnings: z.number().int(),
    }),
  )
  .meta({ id: 'RegistryTree' });

export const InternalBodiesInputSchema = z.object({
  ...versioned,
  /** 内设机构限额 per the 三定. */
  approved: z.number().int().min(0).max(200).nullable(),
  bodies: z
    .array(
      z.object({
        /** Absent for a new body; a listed body missing from the input is marked inactive. */
        id: z.uuid().optional(),
        name: z.string().trim().min(2).max(60),
        rank: z.enum(unitRanks.codes).nullable().default(null),
        inMandate: z.boolean(),
      }),
    )
    .max(100),
});

export const MandateInputSchema = z.object({
  ...versioned,
  duties: z
    .array(
      z.object({
        text: z.string().trim().min(4).max(1000),
        docNo: z.string().trim().max(80).nullable().default(null),
        status: z.enum(['active', 'completed', 'transferredOut']).default('active'),
      }),
    )
    .max(100),
});

export const HistoryEventInputSchema = z.object({
  ...versioned,
  eventDate: isoDate,
  type: z.enum(historyEventTypes.codes),
  docNo: z.string().trim().min(2).max(80),
  description: z.string().trim().min(2).max(1000),
  quotaDelta: z.partialRecord(z.enum(staffingTypes.codes), z.number().int()).nullable().default(null),
});
