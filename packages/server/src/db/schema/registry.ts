import {
  type AnyPgColumn,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { regions } from './regions.ts';

/** 机构/单位. The registry issue extends this table; the foundation needs what the demo fills. */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    name: text('name').notNull(),
    shortName: text('short_name'),
    creditCode: text('credit_code'),
    kind: text('kind').notNull(),
    category: text('category').notNull(),
    system: text('system').notNull(),
    rank: text('rank').notNull(),
    fundingForm: text('funding_form').notNull(),
    /** 主管部门 of a public institution. */
    parentUnitId: uuid('parent_unit_id').references((): AnyPgColumn => units.id),
    status: text('status').notNull().default('active'),
    foundedOn: date('founded_on'),
    /** Date the unit was merged or abolished. */
    endedOn: date('ended_on'),
    foundingDocNo: text('founding_doc_no'),
    /** Approved number of internal bodies (内设机构限额) per the 三定. */
    internalBodiesApproved: integer('internal_bodies_approved'),
    /** 编外用工控制数 and the non-quota people actually employed. */
    nonQuotaCap: integer('non_quota_cap'),
    nonQuotaHeadcount: integer('non_quota_headcount'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('units_region_idx').on(t.regionId), uniqueIndex('units_credit_code_uq').on(t.creditCode)],
);

/**
 * Approved quota as an append-only ledger: each row is a dated, document-backed change of one
 * staffing type × funding form. The current quota is the sum of deltas.
 */
export const quotaChanges = pgTable(
  'quota_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    staffingType: text('staffing_type').notNull(),
    fundingForm: text('funding_form').notNull(),
    delta: integer('delta').notNull(),
    effectiveOn: date('effective_on').notNull(),
    docNo: text('doc_no'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('quota_changes_unit_idx').on(t.unitId)],
);

/** Actual in-quota headcount by staffing type, entered directly until staff members are loaded. */
export const headcounts = pgTable(
  'headcounts',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    staffingType: text('staffing_type').notNull(),
    count: integer('count').notNull(),
    asOf: date('as_of').notNull(),
  },
  (t) => [uniqueIndex('headcounts_unit_type_uq').on(t.unitId, t.staffingType)],
);

/** 内设机构: a division of a unit; `inMandate` marks bodies listed in the 三定. */
export const internalBodies = pgTable(
  'internal_bodies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    /** 规格 of the body when approved; body-level leaders are checked against it. */
    rank: text('rank'),
    inMandate: boolean('in_mandate').notNull().default(true),
    /** Still exists (an approved body may not have been set up). */
    active: boolean('active').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('internal_bodies_unit_idx').on(t.unitId)],
);

/** 领导职数: approved posts per level; actual comes from staff members when loaded. */
export const leaderPosts = pgTable(
  'leader_posts',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** unitHead 部门正职, unitDeputy 部门副职, bodyHead 内设机构正职, bodyDeputy 内设机构副职 */
    level: text('level').notNull(),
    approved: integer('approved').notNull(),
    /** Entered directly when no staff members are loaded. */
    actual: integer('actual'),
  },
  (t) => [uniqueIndex('leader_posts_unit_level_uq').on(t.unitId, t.level)],
);

/** 实名制人员. The ID number is stored encrypted; its keyed hash finds duplicates across units. */
export const staffMembers = pgTable(
  'staff_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Unit whose quota the person occupies. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** Unit where the person actually works, when seconded (借调) elsewhere. */
    workUnitId: uuid('work_unit_id').references(() => units.id),
    secondedSince: date('seconded_since'),
    internalBodyId: uuid('internal_body_id').references(() => internalBodies.id),
    name: text('name').notNull(),
    idNumberEncrypted: text('id_number_encrypted').notNull(),
    idNumberHash: text('id_number_hash').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    sex: text('sex'),
    birthDate: date('birth_date'),
    education: text('education'),
    staffingType: text('staffing_type').notNull(),
    fundingForm: text('funding_form'),
    post: text('post'),
    grade: text('grade'),
    leaderLevel: text('leader_level'),
    leaderRank: text('leader_rank'),
    overRankApproved: boolean('over_rank_approved').notNull().default(false),
    entryDate: date('entry_date'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('staff_members_unit_idx').on(t.unitId),
    index('staff_members_body_idx').on(t.internalBodyId),
    index('staff_members_id_hash_idx').on(t.idNumberHash),
  ],
);

/**
 * 入编 / 出编 and 用编核准 events, so late entries and exits can be detected: `exitEvent` is the
 * leaving (retirement, transfer …) with the date its 出编 was processed; `hireApproval` is a
 * 用编核准 with the date its 入编 was processed; `entry` is a processed 入编. A processed 出编
 * deletes the person from `staff_members` (the roster is the current staff); the movements keep
 * the name and staffing type, with `staff_member_id` set to null.
 */
export const staffMovements = pgTable(
  'staff_movements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    staffMemberId: uuid('staff_member_id').references(() => staffMembers.id),
    personName: text('person_name').notNull(),
    kind: text('kind').notNull(),
    staffingType: text('staffing_type').notNull(),
    eventDate: date('event_date').notNull(),
    processedOn: date('processed_on'),
    reason: text('reason'),
    docNo: text('doc_no'),
    approvalNo: text('approval_no'),
    /** For an `entry`: whether a 用编核准 covered it, and A_t and H_t right after it (超编进人). */
    hadApproval: boolean('had_approval'),
    approvedAtEntry: integer('approved_at_entry'),
    headcountAfterEntry: integer('headcount_after_entry'),
    /** The officer's remark (用编核准 conditions, circumstances of a leaving …). */
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The person index keeps the FK check cheap when a processed 出编 deletes the staff member.
  (t) => [
    index('staff_movements_unit_idx').on(t.unitId),
    index('staff_movements_staff_idx').on(t.staffMemberId),
  ],
);

/** 三定 主要职责: numbered duties with the document that set them. */
export const mandateDuties = pgTable(
  'mandate_duties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    seq: integer('seq').notNull(),
    text: text('text').notNull(),
    docNo: text('doc_no'),
    /** active, completed (task finished), transferredOut (划出). */
    status: text('status').notNull().default('active'),
  },
  (t) => [index('mandate_duties_unit_idx').on(t.unitId)],
);

/** 沿革: dated changes with document number and the quota or post deltas they carried. */
export const historyEvents = pgTable(
  'history_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    eventDate: date('event_date').notNull(),
    type: text('type').notNull(),
    docNo: text('doc_no'),
    description: text('description').notNull(),
    /** e.g. {"institutional": 3} for 编制核增 3. */
    quotaDelta: jsonb('quota_delta'),
    postDelta: jsonb('post_delta'),
  },
  (t) => [index('history_events_unit_idx').on(t.unitId, t.eventDate)],
);

/** 工作量: one named measure of one unit in one year; budget is measure `budget` (万元). */
export const workloads = pgTable(
  'workloads',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    measure: text('measure').notNull(),
    value: doublePrecision('value').notNull(),
  },
  (t) => [uniqueIndex('workloads_unit_year_measure_uq').on(t.unitId, t.year, t.measure)],
);

/**
 * 工作量指标 definitions: the named measures a unit of a category reports each year (办件量,
 * 案件数 …). `category` null means every category. Workload rows name a measure by `name`.
 */
export const workloadMeasures = pgTable(
  'workload_measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    category: text('category'),
    name: text('name').notNull(),
    /** 计量单位 as officials write it: 件, 人次, 户次 … */
    unitLabel: text('unit_label'),
    description: text('description'),
    sortOrder: integer('sort_order').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('workload_measures_category_name_uq').on(t.category, t.name).nullsNotDistinct()],
);

/** 同类机构对比: same-type institutions in other regions, for horizontal comparison. */
export const peerBenchmarks = pgTable(
  'peer_benchmarks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionName: text('region_name').notNull(),
    name: text('name').notNull(),
    category: text('category').notNull(),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    quota: integer('quota').notNull(),
    headcount: integer('headcount').notNull(),
    workload: jsonb('workload').notNull().default({}),
  },
  (t) => [uniqueIndex('peer_benchmarks_uq').on(t.regionName, t.name, t.year)],
);

/** A unit user's request to correct its registry data; an officer accepts or rejects it. */
export const correctionRequests = pgTable(
  'correction_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    requestedBy: uuid('requested_by').notNull(),
    /** Which part of the registry: unit, quota, leaderPosts, internalBodies, mandate, staff … */
    subject: text('subject').notNull(),
    description: text('description').notNull(),
    /** pending → accepted | rejected */
    status: text('status').notNull().default('pending'),
    decidedBy: uuid('decided_by'),
    decisionNote: text('decision_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('correction_requests_unit_idx').on(t.unitId, t.status)],
);

/**
 * Month-end quota and headcount per unit, recorded by the monthly warning scan, so rules that
 * look at a duration (空编率高 for 12 months) and the year-over-year charts have a history.
 */
export const staffingSnapshots = pgTable(
  'staffing_snapshots',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** YYYY-MM */
    month: text('month').notNull(),
    quota: integer('quota').notNull(),
    headcount: integer('headcount').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.month] })],
);
