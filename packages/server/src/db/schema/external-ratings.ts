import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns.ts';
import { units } from './registry.ts';
import { users } from './users.ts';

/**
 * 外部评价 (issue 5). Officers assign rater departments × targets × items; a rater department's
 * `rater` users grade each assignment 好/较好/一般. A department fills one sheet per campaign (the
 * seed's paper form: one department grades all its targets), so submission and return are per
 * (campaign, rater department) in `external_sheets`; the target's own `target_phases` row
 * (phase 'external') is kept as the aggregate the dashboard reads.
 */

/** One rater department × target × item; `item` is the core `ExternalItem`, `item_key` its `itemKey`. */
export const externalAssignments = pgTable(
  'external_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    raterUnitId: uuid('rater_unit_id')
      .notNull()
      .references(() => units.id),
    targetUnitId: uuid('target_unit_id')
      .notNull()
      .references(() => units.id),
    item: jsonb('item').notNull(),
    itemKey: text('item_key').notNull(),
    /** Null until graded; a core `ExternalRatingLevel`. */
    level: text('level'),
    comment: text('comment').notNull().default(''),
    /** 0 until the first grade is saved; every save bumps it. */
    version: integer('version').notNull().default(0),
    ratedBy: uuid('rated_by').references(() => users.id),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('external_assignments_unique').on(t.campaignId, t.raterUnitId, t.targetUnitId, t.itemKey),
    index('external_assignments_rater_idx').on(t.campaignId, t.raterUnitId),
    index('external_assignments_target_idx').on(t.campaignId, t.targetUnitId),
  ],
);

/** A finding a rater raised with its grade; saved with the rating, later a ledger row. */
export const externalFindings = pgTable(
  'external_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => externalAssignments.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    targetUnitId: uuid('target_unit_id')
      .notNull()
      .references(() => units.id),
    indicatorCode: text('indicator_code'),
    category: text('category').notNull(),
    severity: text('severity').notNull(),
    description: text('description').notNull(),
    evidenceFileIds: jsonb('evidence_file_ids').notNull().default([]),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('external_findings_assignment_idx').on(t.assignmentId),
    index('external_findings_target_idx').on(t.campaignId, t.targetUnitId),
  ],
);

/** A rater department's sheet in a campaign: its submission state (core target-phase states of 'external'). */
export const externalSheets = pgTable(
  'external_sheets',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    raterUnitId: uuid('rater_unit_id')
      .notNull()
      .references(() => units.id),
    state: text('state').notNull().default('notStarted'),
    returnedReason: text('returned_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.raterUnitId] })],
);
