import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * What users see of background work: state, progress and result of each run. The queue itself
 * (pg-boss) keeps its own tables; this one is ours so the UI can poll and the audit can link.
 */
export const jobRuns = pgTable('job_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** queued → running → succeeded | failed */
  status: text('status').notNull().default('queued'),
  done: integer('done').notNull().default(0),
  total: integer('total'),
  note: text('note'),
  payload: jsonb('payload'),
  result: jsonb('result'),
  error: jsonb('error'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  startedAt: timestamp('started_at', { withTimezone: true }),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});
