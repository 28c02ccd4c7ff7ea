import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { units } from './registry.ts';
import { users } from './users.ts';

/**
 * 督查确认单 (issue 5, DOMAIN.md §8.8): an inspection between campaigns, recorded by an evaluator
 * or officer, answered by the unit (confirm or dispute), a dispute settled by an officer. Items
 * and findings are the core `SlipItem[]` / `Finding[]` as jsonb: a slip is always read, sent and
 * answered whole, and once sent it never changes. The unit's next campaign reads the slips that
 * count (core `slipsForCampaign`), so no link to a campaign is stored.
 */
export const supervisionSlips = pgTable(
  'supervision_slips',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 督查确认单编号, e.g. 2026-DC-014; unique per year. */
    slipNo: text('slip_no').notNull().unique(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    inspectedOn: date('inspected_on', { mode: 'string' }).notNull(),
    place: text('place').notNull().default(''),
    /** Accounts of the inspectors (evaluators or officers). */
    inspectorIds: jsonb('inspector_ids').notNull().default([]),
    items: jsonb('items').notNull().default([]),
    findings: jsonb('findings').notNull().default([]),
    suggestion: text('suggestion').notNull().default(''),
    attachmentFileIds: jsonb('attachment_file_ids').notNull().default([]),
    status: text('status').notNull().default('draft'),
    unitComment: text('unit_comment'),
    decision: text('decision'),
    decisionNote: text('decision_note'),
    createdBy: uuid('created_by').references(() => users.id),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    answeredBy: uuid('answered_by').references(() => users.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    settledBy: uuid('settled_by').references(() => users.id),
    settledAt: timestamp('settled_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('supervision_slips_unit_idx').on(t.unitId, t.inspectedOn),
    index('supervision_slips_status_idx').on(t.status),
  ],
);
