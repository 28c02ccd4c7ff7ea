import type { UnitSnapshot } from '@bianping/core/warnings';
import { type SQL, sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/client.ts';
import type { IdProtector } from '../staff/id-number-protection.ts';
import {
  assembleSnapshots,
  type BodyTuple,
  type CountTuple,
  type DutyTuple,
  type MonthTuple,
  type PostTuple,
  type RegistryRows,
  type UnitTuple,
} from './warnings-snapshot.assemble.ts';
import {
  type MovementTuple,
  movementColumns,
  type StaffTuple,
  staffColumns,
} from './warnings-snapshot.people.ts';
import type { WorkTuple } from './warnings-snapshot.workload.ts';

/**
 * Rows as arrays: `query` selects one `json_build_array(…) as r` per row, and the rows travel as
 * one JSON document. Over 100,000 units this costs about a third of `json_agg(row)` on the
 * embedded database (no field names to build and parse per row), and a single JSON.parse beats
 * row-by-row results.
 */
async function selectTuples<T extends unknown[]>(db: Db, query: SQL): Promise<T[]> {
  const [row] = await selectRows<{ j: string }>(
    db,
    sql`select coalesce(json_agg(t.r), '[]')::text as j from (${query}) t`,
  );
  return JSON.parse(row?.j ?? '[]') as T[];
}

/**
 * One set-based query per table, each read whole (or for the units given); the database does the
 * sums, the caller the grouping by unit.
 */
export async function readSnapshotRows(db: Db, year: number, unitIds?: string[]): Promise<RegistryRows> {
  const ids = unitIds
    ? sql.join(
        unitIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )
    : null;
  const of = (column: string) => (ids ? sql`${sql.raw(column)} in (${ids})` : sql`true`);
  const [units, quotas, direct, staffCounts, posts, bodies, staff, movements, work, months, duties] =
    await Promise.all([
      selectTuples<UnitTuple>(
        db,
        sql`select json_build_array(u.id, u.name, u.kind, u.category, u.rank, u.status, u.founded_on::text,
            u.credit_code, r.code, u.internal_bodies_approved, u.non_quota_cap, u.non_quota_headcount) as r
          from units u join regions r on r.id = u.region_id where ${of('u.id')}`,
      ),
      selectTuples<CountTuple>(
        db,
        sql`select json_build_array(unit_id, staffing_type, sum(delta)::int) as r from quota_changes
          where ${of('unit_id')} group by unit_id, staffing_type`,
      ),
      selectTuples<CountTuple>(
        db,
        sql`select json_build_array(unit_id, staffing_type, count) as r from headcounts where ${of('unit_id')}`,
      ),
      selectTuples<CountTuple>(
        db,
        sql`select json_build_array(unit_id, staffing_type, count(*)::int) as r from staff_members
          where ${of('unit_id')} group by unit_id, staffing_type`,
      ),
      selectTuples<PostTuple>(
        db,
        sql`select json_build_array(unit_id, level, approved, actual) as r from leader_posts where ${of('unit_id')}`,
      ),
      selectTuples<BodyTuple>(
        db,
        sql`select json_build_array(id, unit_id, name, rank, in_mandate) as r from internal_bodies
          where active and ${of('unit_id')}`,
      ),
      selectTuples<StaffTuple>(
        db,
        sql`select json_build_array(${staffColumns}) as r from staff_members where ${of('unit_id')}`,
      ),
      selectTuples<MovementTuple>(
        db,
        sql`select json_build_array(${movementColumns}) as r from staff_movements where ${of('unit_id')}`,
      ),
      selectTuples<WorkTuple>(
        db,
        sql`select json_build_array(unit_id, year, measure, value) as r from workloads
          where measure <> 'budget' and year >= ${year - 2} and ${of('unit_id')}`,
      ),
      selectTuples<MonthTuple>(
        db,
        sql`select json_build_array(unit_id, quota, headcount) as r from staffing_snapshots
          where ${of('unit_id')} order by unit_id, month desc`,
      ),
      selectTuples<DutyTuple>(
        db,
        sql`select json_build_array(id, unit_id, status) as r from mandate_duties where ${of('unit_id')}`,
      ),
    ]);
  return { units, quotas, direct, staffCounts, posts, bodies, staff, movements, work, months, duties };
}

/**
 * Reads the registry of every unit (optionally only those given) and assembles the snapshots the
 * core rules take. `vacancyThresholdFor` gives each region's W06 threshold, needed to count the
 * months at threshold from the monthly history.
 */
export async function loadUnitSnapshots(
  db: Db,
  protector: IdProtector,
  today: string,
  vacancyThresholdFor: (regionCode: string) => number,
  unitIds?: string[],
): Promise<UnitSnapshot[]> {
  const year = Number(today.slice(0, 4));
  const rows = await readSnapshotRows(db, year, unitIds);
  return assembleSnapshots(rows, { protector, year, vacancyThresholdFor });
}
