import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns.ts';
import { units } from './registry.ts';
import { users } from './users.ts';

/**
 * 实地评估 (issue 5) by the target's drawn team. The phase state lives in `target_phases` (phase
 * 'onsite'). Scores, findings and interview records are rows of their own, each with its version,
 * so two evaluators of a team working on different leaves or interviews never collide; the
 * document checklist is saved whole, its rows sharing the version of the last save.
 */

const target = () => ({
  campaignId: uuid('campaign_id')
    .notNull()
    .references(() => campaigns.id, { onDelete: 'cascade' }),
  unitId: uuid('unit_id')
    .notNull()
    .references(() => units.id),
});

/** The team's score of one frozen leaf; `input` is the core `ScoreInput`. */
export const onsiteEntries = pgTable(
  'onsite_entries',
  {
    ...target(),
    nodeId: uuid('node_id').notNull(),
    input: jsonb('input').notNull(),
    justification: text('justification').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.unitId, t.nodeId] })],
);

/** A finding (问题) raised on site; later a row of the rectification ledger. */
export const onsiteFindings = pgTable(
  'onsite_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...target(),
    /** The frozen leaf it was raised on, or null for the target as a whole. */
    nodeId: uuid('node_id'),
    indicatorCode: text('indicator_code'),
    category: text('category').notNull(),
    severity: text('severity').notNull(),
    description: text('description').notNull(),
    evidenceFileIds: jsonb('evidence_file_ids').notNull().default([]),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('onsite_findings_target_idx').on(t.campaignId, t.unitId)],
);

/** An interview (访谈) on one of the campaign's outlines; names are not recorded, only the role. */
export const interviewRecords = pgTable(
  'interview_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...target(),
    outline: text('outline').notNull(),
    intervieweeRole: text('interviewee_role').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    answeredQuestionIds: jsonb('answered_question_ids').notNull().default([]),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('interview_records_target_idx').on(t.campaignId, t.unitId)],
);

/** One line of the document review (资料审查) of a target. */
export const documentChecks = pgTable(
  'document_checks',
  {
    ...target(),
    itemId: text('item_id').notNull(),
    checked: boolean('checked').notNull().default(false),
    notes: text('notes').notNull().default(''),
    /** The checklist's version: every save rewrites all rows with the next one. */
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.unitId, t.itemId] })],
);
