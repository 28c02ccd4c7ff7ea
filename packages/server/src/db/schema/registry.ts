import {
  type AnyPgColumn,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
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
