import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns.ts';
import { files } from './files.ts';
import { units } from './registry.ts';
import { users } from './users.ts';

/**
 * 单位自评 (issue 5) and the per-target phase states every form phase shares. A target's phase row
 * is created on the first step (absent = notStarted). Entries are saved one indicator at a time
 * (autosave), each with its own version, so two people of the unit filling different indicators
 * never collide; the staffing plan and report have their own version; the phase state has one.
 */

/** The core target-phase machine's state of one target in one phase (self now; onsite/external later). */
export const targetPhases = pgTable(
  'target_phases',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    phase: text('phase').notNull(),
    state: text('state').notNull().default('notStarted'),
    returnedReason: text('returned_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.unitId, t.phase] })],
);

/** The unit's entry for one leaf of a frozen set; `input` is the core `ScoreInput`. */
export const selfAssessmentEntries = pgTable(
  'self_assessment_entries',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** Frozen node id (campaign_frozen_sets content). */
    nodeId: uuid('node_id').notNull(),
    input: jsonb('input').notNull(),
    narrative: text('narrative').notNull().default(''),
    evidenceFileIds: jsonb('evidence_file_ids').notNull().default([]),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.unitId, t.nodeId] })],
);

/** The staffing plan (core `StaffingPlan`) and the signed self-inspection report of a target. */
export const selfAssessmentExtras = pgTable(
  'self_assessment_extras',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    staffingPlan: jsonb('staffing_plan'),
    reportFileId: uuid('report_file_id').references(() => files.id),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.unitId] })],
);

/** Which target (and indicator) an uploaded file belongs to, so downloads follow the target's readers. */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    fileId: uuid('file_id')
      .primaryKey()
      .references(() => files.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    nodeId: uuid('node_id'),
    /** evidence | selfInspectionReport */
    purpose: text('purpose').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('evidence_files_target_idx').on(t.campaignId, t.unitId)],
);

/**
 * 站内通知: to one user (`user_id`) or to every user of a unit (`unit_id`). Reads are per user in
 * `notification_reads`, since a unit-wide notice is read by each of its users separately.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id),
    unitId: uuid('unit_id').references(() => units.id),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    bodyZh: text('body_zh').notNull(),
    bodyEn: text('body_en').notNull(),
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notifications_user_idx').on(t.userId), index('notifications_unit_idx').on(t.unitId)],
);

export const notificationReads = pgTable(
  'notification_reads',
  {
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.notificationId, t.userId] })],
);
