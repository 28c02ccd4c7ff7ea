import type { UnitCategory } from '@bianping/core/registry/vocabulary';
import type { WorkloadMeasure } from '@bianping/core/registry/workload';
import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/client.ts';
import { workloadMeasures } from '../../db/schema/index.ts';

export type MeasureRow = typeof workloadMeasures.$inferSelect;

/**
 * Workload rows a definition covers: rows under its name of units of its category (of every
 * unit when it is for all categories). They would lose their definition with it.
 */
const rowsInUse = (category: SQL, name: SQL) =>
  sql<number>`(select count(*)::int from workloads w join units u on u.id = w.unit_id
    where w.measure = ${name} and (${category} is null or u.category = ${category}))`;

/**
 * Definitions with how many workload rows each covers: all of them, those that apply to one
 * category (its own and those for every category), or one by id. The rows are counted in one
 * pass per (category, measure), not once per definition.
 */
export async function listMeasures(
  db: Db,
  filter: { category?: UnitCategory | undefined; id?: string } = {},
): Promise<WorkloadMeasure[]> {
  const where = filter.id
    ? sql`where m.id = ${filter.id}::uuid`
    : filter.category
      ? sql`where m.category = ${filter.category} or m.category is null`
      : sql``;
  const [definitions, usage] = await Promise.all([
    selectRows<Omit<WorkloadMeasure, 'rowsInUse'>>(
      db,
      sql`select m.id, m.category, m.name, m.unit_label as "unitLabel", m.description,
            m.sort_order as "sortOrder", m.version
          from workload_measures m ${where}
          order by m.category nulls first, m.sort_order, m.name`,
    ),
    selectRows<{ category: string; measure: string; n: number }>(
      db,
      sql`select u.category, w.measure, count(*)::int as n
          from workloads w join units u on u.id = w.unit_id
          where w.measure in (select name from workload_measures m ${where})
          group by 1, 2`,
    ),
  ]);
  return definitions.map((d) => ({
    ...d,
    rowsInUse: usage
      .filter((u) => u.measure === d.name && (d.category === null || u.category === d.category))
      .reduce((sum, u) => sum + u.n, 0),
  }));
}

/** The definitions as the measure rules need them (no usage counts): cheap enough per import. */
export const listMeasureRules = (db: Db) =>
  db
    .select({
      category: workloadMeasures.category,
      name: workloadMeasures.name,
      unitLabel: workloadMeasures.unitLabel,
      sortOrder: workloadMeasures.sortOrder,
    })
    .from(workloadMeasures)
    .orderBy(asc(workloadMeasures.sortOrder), asc(workloadMeasures.name)) as Promise<
    { category: UnitCategory | null; name: string; unitLabel: string | null; sortOrder: number }[]
  >;

export async function findMeasure(db: Db, id: string) {
  const [row] = await db.select().from(workloadMeasures).where(eq(workloadMeasures.id, id));
  return row ?? null;
}

/** A definition with the same category (or both for all categories) and name, other than `id`. */
export async function findMeasureByName(db: Db, category: string | null, name: string) {
  const [row] = await db
    .select()
    .from(workloadMeasures)
    .where(
      and(
        eq(workloadMeasures.name, name),
        category === null ? isNull(workloadMeasures.category) : eq(workloadMeasures.category, category),
      ),
    );
  return row ?? null;
}

export async function countRowsInUse(db: Db, measure: Pick<MeasureRow, 'category' | 'name'>) {
  const [row] = await selectRows<{ n: number }>(
    db,
    sql`select ${rowsInUse(sql`${measure.category}::text`, sql`${measure.name}`)} as n`,
  );
  return row?.n ?? 0;
}
