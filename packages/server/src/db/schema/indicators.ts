import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { regions } from './regions.ts';
import { users } from './users.ts';

/**
 * 指标体系 (the "1+X" indicator library). One row per edition of a set: editions of the same set
 * share `series_id` and count up in `edition`; `version` is the optimistic lock of a draft, shared
 * by the set and its nodes (every node edit bumps it). A published edition never changes.
 */
export const indicatorSets = pgTable(
  'indicator_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seriesId: uuid('series_id').notNull(),
    edition: integer('edition').notNull(),
    /** The office that owns the set; null for a library-wide reference set. */
    regionId: uuid('region_id').references(() => regions.id),
    name: text('name').notNull(),
    /** common (共性) | category (个性, for `category`) */
    kind: text('kind').notNull(),
    category: text('category'),
    fullMark: doublePrecision('full_mark').notNull(),
    bonusCap: doublePrecision('bonus_cap'),
    /** draft → published → archived */
    status: text('status').notNull().default('draft'),
    description: text('description').notNull().default(''),
    /** The published set this series refines (派生); the first edition's source is kept by all. */
    derivedFromSetId: uuid('derived_from_set_id'),
    /** The AHP weighting last applied to the top level. */
    weighting: jsonb('weighting'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by').references(() => users.id),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('indicator_sets_series_edition_uq').on(t.seriesId, t.edition)],
);

/**
 * 指标: one node of a set's tree, stored flat (parent + place among siblings); `code` and `level`
 * follow from the places and are rewritten after every move. `lineage_*` names the node of the
 * source set a derived node came from.
 */
export const indicatorNodes = pgTable(
  'indicator_nodes',
  {
    id: uuid('id').primaryKey(),
    setId: uuid('set_id')
      .notNull()
      .references(() => indicatorSets.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id'),
    seq: integer('seq').notNull(),
    code: text('code').notNull(),
    level: integer('level').notNull(),
    /** scored | bonus | veto */
    role: text('role').notNull(),
    name: text('name').notNull(),
    checkpoints: jsonb('checkpoints').notNull().default([]),
    maxPoints: doublePrecision('max_points').notNull(),
    guidance: text('guidance').notNull().default(''),
    evidenceTypes: jsonb('evidence_types').notNull().default([]),
    sources: jsonb('sources').notNull().default([]),
    rule: jsonb('rule'),
    /** 台账取数: the formula on registry measures the rule reads (null: none). */
    registryFormula: text('registry_formula'),
    dimension: text('dimension'),
    /** The AHP weighting last applied to this node's children. */
    weighting: jsonb('weighting'),
    lineageSetId: uuid('lineage_set_id'),
    lineageNodeId: uuid('lineage_node_id'),
  },
  (t) => [index('indicator_nodes_set_idx').on(t.setId)],
);

/**
 * One officer's or expert's pairwise comparison of the children of a node (null = the top level),
 * rows in the order of `item_ids`. The officer applies the geometric mean of all of them.
 */
export const ahpJudgements = pgTable(
  'ahp_judgements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    setId: uuid('set_id')
      .notNull()
      .references(() => indicatorSets.id, { onDelete: 'cascade' }),
    parentNodeId: uuid('parent_node_id'),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    /** The full n×n reciprocal matrix. */
    matrix: jsonb('matrix').notNull(),
    itemIds: jsonb('item_ids').notNull(),
    riTable: text('ri_table').notNull().default('saaty1980'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('ahp_judgements_author_uq').on(t.setId, t.parentNodeId, t.authorId).nullsNotDistinct()],
);

/** 意见: an expert's or officer's remark on a draft set or one of its nodes. */
export const indicatorComments = pgTable(
  'indicator_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    setId: uuid('set_id')
      .notNull()
      .references(() => indicatorSets.id, { onDelete: 'cascade' }),
    /** No foreign key: the comment stays when its node is removed. */
    nodeId: uuid('node_id'),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('indicator_comments_set_idx').on(t.setId)],
);
