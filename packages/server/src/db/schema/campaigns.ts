import {
  boolean,
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
import { regions } from './regions.ts';
import { units } from './registry.ts';
import { users } from './users.ts';

/**
 * 评估项目 (campaigns, issue 5). The plan's sections (phases, weights, set mix, grading with the
 * external mapping, outlines, checklist, set choice) live in one `plan` jsonb exactly as the core
 * schemas hold them, since they are always read and saved whole under the campaign's one
 * `version`. The recorded team draw is kept as the core's `TeamDrawRecord` so it replays.
 */
export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    type: text('type').notNull(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    /** draft → launched → collecting → scoring → reporting → closed (core campaign-status) */
    status: text('status').notNull().default('draft'),
    description: text('description').notNull().default(''),
    plan: jsonb('plan').notNull(),
    teamDraw: jsonb('team_draw'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    launchedAt: timestamp('launched_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('campaigns_region_idx').on(t.regionId), index('campaigns_year_idx').on(t.year)],
);

/**
 * 评估对象: a unit of a campaign with its sets — library set ids while a draft, the frozen copies'
 * ids after launch. `sets_overridden` marks an officer's choice, which a new set choice keeps.
 */
export const campaignTargets = pgTable(
  'campaign_targets',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    setIds: jsonb('set_ids').notNull().default([]),
    setsOverridden: boolean('sets_overridden').notNull().default(false),
    teamNo: integer('team_no'),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.unitId] }), index('campaign_targets_unit_idx').on(t.unitId)],
);

/** The campaign's own copy of a published set (core `FrozenSet`), taken at launch, never changed. */
export const campaignFrozenSets = pgTable(
  'campaign_frozen_sets',
  {
    id: uuid('id').primaryKey(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    sourceSetId: uuid('source_set_id').notNull(),
    content: jsonb('content').notNull(),
  },
  (t) => [uniqueIndex('campaign_frozen_sets_source_uq').on(t.campaignId, t.sourceSetId)],
);

/** 专家库: people who may be drawn into evaluation teams; an account is optional. */
export const experts = pgTable(
  'experts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id),
    name: text('name').notNull(),
    employerUnitId: uuid('employer_unit_id').references(() => units.id),
    specialty: text('specialty').notNull().default(''),
    canLead: boolean('can_lead').notNull().default(true),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('experts_user_uq').on(t.userId)],
);

/** Declared conflicts of interest: the expert is never drawn for a team evaluating the unit. */
export const expertConflicts = pgTable(
  'expert_conflicts',
  {
    expertId: uuid('expert_id')
      .notNull()
      .references(() => experts.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ columns: [t.expertId, t.unitId] })],
);
