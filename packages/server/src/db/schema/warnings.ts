import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { regions } from './regions.ts';
import { units } from './registry.ts';

/**
 * 预警: one rule hit on one unit. `key` tells several hits of a rule on a unit apart (the staffing
 * type, the staff member …); a rescan updates the open hit with the same (code, unit, key)
 * instead of duplicating it, and a hit that no longer occurs is closed as resolved by the scan.
 */
export const warnings = pgTable(
  'warnings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    key: text('key').notNull(),
    severity: text('severity').notNull(),
    params: jsonb('params').notNull(),
    message: jsonb('message').notNull(),
    /** open → verified → resolved | dismissed */
    status: text('status').notNull().default('open'),
    /** Each workflow step with its note: [{status, note, by, at}]. */
    history: jsonb('history').notNull().default([]),
    firstDetectedAt: timestamp('first_detected_at', { withTimezone: true }).notNull().defaultNow(),
    lastDetectedAt: timestamp('last_detected_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('warnings_unit_idx').on(t.unitId),
    index('warnings_code_status_idx').on(t.code, t.status),
    uniqueIndex('warnings_live_uq').on(t.code, t.unitId, t.key),
  ],
);

/** One scan run: when, why (manual or schedule), how many hits and how long it took. */
export const warningScans = pgTable('warning_scans', {
  id: uuid('id').primaryKey().defaultRandom(),
  trigger: text('trigger').notNull(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  unitsScanned: integer('units_scanned'),
  hits: integer('hits'),
  opened: integer('opened'),
  closed: integer('closed'),
  status: text('status').notNull().default('running'),
  error: text('error'),
});

/** Threshold overrides where local rules differ (e.g. 出编 within 10 working days in Tengzhou). */
export const warningSettings = pgTable('warning_settings', {
  regionId: uuid('region_id')
    .primaryKey()
    .references(() => regions.id),
  settings: jsonb('settings').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Public holidays and make-up working days (调休上班) for working-day deadlines. */
export const calendarDays = pgTable('calendar_days', {
  day: date('day').primaryKey(),
  /** holiday | workday */
  kind: text('kind').notNull(),
  name: text('name'),
});
