import {
  boolean,
  doublePrecision,
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

/**
 * 综合评定 (issue 6). One row per campaign and target with the core `TargetScore` as jsonb, the
 * figures a ranking sorts and filters on as columns; and one row per campaign saying when the
 * scores were computed, by which job run, whether an entry changed since (`stale`) and a `stamp`
 * bumped on every write, which keys the per-process cache of the last input and score.
 */

export const campaignScores = pgTable(
  'campaign_scores',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    total: doublePrecision('total').notNull(),
    grade: text('grade').notNull(),
    /** The strongest veto effect that occurred, null without one. */
    veto: text('veto'),
    rank: integer('rank').notNull(),
    categoryRank: integer('category_rank').notNull(),
    /** The core `TargetScore`. */
    result: jsonb('result').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.unitId] }), index('campaign_scores_unit_idx').on(t.unitId)],
);

export const campaignScoreRuns = pgTable('campaign_score_runs', {
  campaignId: uuid('campaign_id')
    .primaryKey()
    .references(() => campaigns.id, { onDelete: 'cascade' }),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  /** The job run of the last full score (null if none ran through the queue). */
  jobId: uuid('job_id'),
  stale: boolean('stale').notNull().default(false),
  /** Bumped on every write of the scores or the stale flag. */
  stamp: integer('stamp').notNull().default(1),
});
