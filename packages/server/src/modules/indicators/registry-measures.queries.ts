import type { MeasureValues } from '@bianping/core/indicators/formula/evaluate';
import { measureCatalogue } from '@bianping/core/indicators/formula/measures';
import { type SQL, sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/client.ts';
import { todayInChina } from '../../time.ts';
import { workloadPerHead } from '../warnings/warnings-snapshot.workload.ts';

/**
 * The registry measures a formula reads (the core's `measureCatalogue`), for many units at once:
 * one set-based query per part of the registry, whatever the number of units, so the scoring of
 * a whole campaign reuses it. A value the registry cannot give (no quota to divide by, no staff
 * with a birth date, no workload recorded) is null, and a formula reading it has no value.
 *
 * In-quota headcount follows the rest of the system: the 实名制 roster once a unit has one, the
 * entered figures before. Workload is the latest year of the category's most reported measure,
 * compared per head with the units of the same category and kind (as the warnings do).
 */

const NON_WORKLOAD = ['budget', 'performanceScore'];
const POSTGRADUATE = ['master', 'doctorate'];
const typeSuffix: Record<string, string> = {
  administrative: 'Administrative',
  politicalLegal: 'PoliticalLegal',
  institutional: 'Institutional',
  workerAdmin: 'WorkerAdmin',
};

type UnitRow = {
  id: string;
  name: string;
  kind: string;
  category: string;
  bodiesApproved: number | null;
  bodiesActual: number;
  bodiesInMandate: number;
  nonQuotaCap: number | null;
  nonQuotaHeadcount: number | null;
  secondedOut: number;
  averageAge: number | null;
  withBirth: number;
  under35: number;
  withEducation: number;
  postgraduate: number;
  hasStaff: boolean;
};
type TypeRow = { unitId: string; type: string; quota: number; heads: number };
type PostRow = { unitId: string; approved: number; actual: number };
type LatestRow = { unitId: string; measure: string; value: number };

/** `ids` as a table, one JSON parameter however many there are. */
const idTable = (ids: readonly string[]): SQL =>
  sql`(select value::uuid as id from json_array_elements_text(${JSON.stringify(ids)}::json))`;

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

function byUnit<T extends { unitId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.unitId);
    if (list) list.push(row);
    else map.set(row.unitId, [row]);
  }
  return map;
}

/** The catalogue's measures of each unit given, keyed by unit id (unknown units are left out). */
export async function loadRegistryMeasures(
  db: Db,
  unitIds: readonly string[],
  asOf: string = todayInChina(),
): Promise<Map<string, MeasureValues>> {
  if (!unitIds.length) return new Map();
  const ids = idTable(unitIds);
  // One after another: `db` may be a transaction, whose one connection runs one query at a time.
  const units = await selectRows<UnitRow>(
    db,
    sql`select u.id, u.name, u.kind, u.category, u.internal_bodies_approved as "bodiesApproved",
          u.non_quota_cap as "nonQuotaCap", u.non_quota_headcount as "nonQuotaHeadcount",
          (select count(*)::int from internal_bodies b where b.unit_id = u.id and b.active) as "bodiesActual",
          (select count(*)::int from internal_bodies b where b.unit_id = u.id and b.active and b.in_mandate)
            as "bodiesInMandate",
          st.seconded_out as "secondedOut", st.average_age as "averageAge", st.with_birth as "withBirth",
          st.under35, st.with_education as "withEducation", st.postgraduate, st.n > 0 as "hasStaff"
        from units u
        cross join lateral (
          select count(*)::int as n,
            count(*) filter (where s.work_unit_id is not null and s.work_unit_id <> s.unit_id)::int as seconded_out,
            avg(extract(year from age(${asOf}::date, s.birth_date)))::float8 as average_age,
            count(s.birth_date)::int as with_birth,
            count(*) filter (where extract(year from age(${asOf}::date, s.birth_date)) <= 35)::int as under35,
            count(s.education)::int as with_education,
            count(*) filter (where s.education in ${POSTGRADUATE})::int as postgraduate
          from staff_members s where s.unit_id = u.id) st
        where u.id in ${ids}`,
  );
  const types = await selectRows<TypeRow>(
    db,
    sql`select unit_id as "unitId", staffing_type as type, sum(quota)::int as quota, sum(heads)::int as heads
        from (
          select unit_id, staffing_type, delta as quota, 0 as heads from quota_changes where unit_id in ${ids}
          union all
          select unit_id, staffing_type, 0, 1 from staff_members where unit_id in ${ids}
          union all
          select h.unit_id, h.staffing_type, 0, h.count from headcounts h where h.unit_id in ${ids}
            and not exists (select 1 from staff_members s where s.unit_id = h.unit_id)
        ) t group by unit_id, staffing_type`,
  );
  const posts = await selectRows<PostRow>(
    db,
    sql`select p.unit_id as "unitId", p.approved::int as approved,
          (case when exists (select 1 from staff_members s where s.unit_id = p.unit_id)
            then (select count(*) from staff_members s where s.unit_id = p.unit_id and s.leader_level = p.level)
            else coalesce(p.actual, 0) end)::int as actual
        from leader_posts p where p.unit_id in ${ids}`,
  );
  const latest = await selectRows<LatestRow>(
    db,
    sql`select distinct on (unit_id, measure) unit_id as "unitId", measure, value
        from workloads where unit_id in ${ids} and measure in ${NON_WORKLOAD}
        order by unit_id, measure, year desc`,
  );

  const workload = await loadWorkload(db, [...new Set(units.map((u) => u.category))]);
  const [typesOf, postsOf, latestOf] = [byUnit(types), byUnit(posts), byUnit(latest)];
  const out = new Map<string, MeasureValues>();
  for (const unit of units) {
    const values: Record<string, number | null> = Object.fromEntries(
      measureCatalogue.map((m) => [m.name, null]),
    );
    addStaffing(values, typesOf.get(unit.id) ?? []);
    addPosts(values, postsOf.get(unit.id) ?? []);
    const heads = values.headcount as number;
    Object.assign(values, {
      internalBodiesApproved: unit.bodiesApproved ?? unit.bodiesInMandate,
      internalBodiesActual: unit.bodiesActual,
      nonQuotaCap: unit.nonQuotaCap,
      nonQuotaHeadcount: unit.nonQuotaHeadcount ?? 0,
      secondedOut: unit.secondedOut,
      averageAge: unit.withBirth ? unit.averageAge : null,
      shareUnder35: ratio(unit.under35, unit.withBirth),
      sharePostgraduate: ratio(unit.postgraduate, unit.withEducation),
    });
    const perHead = workload.perHead.get(unit.id) ?? null;
    values.workloadPerHead = perHead;
    values.workload = perHead === null ? null : Math.round(perHead * heads * 1e6) / 1e6;
    values.peerWorkloadPerHead = workload.peerMedian(unit.category, unit.kind);
    const own = latestOf.get(unit.id) ?? [];
    const budget = own.find((l) => l.measure === 'budget')?.value ?? null;
    values.budget = budget;
    values.budgetPerHead = budget === null ? null : ratio(budget, heads);
    values.performanceScore = own.find((l) => l.measure === 'performanceScore')?.value ?? null;
    out.set(unit.id, values);
  }
  return out;
}

/** Quota and headcount by staffing type, totals, vacancy, over-quota and the two rates. */
function addStaffing(values: Record<string, number | null>, rows: TypeRow[]) {
  let quota = 0;
  let heads = 0;
  let vacancy = 0;
  let over = 0;
  for (const suffix of Object.values(typeSuffix)) {
    values[`quota${suffix}`] = 0;
    values[`headcount${suffix}`] = 0;
  }
  for (const row of rows) {
    const suffix = typeSuffix[row.type];
    if (suffix) {
      values[`quota${suffix}`] = row.quota;
      values[`headcount${suffix}`] = row.heads;
    }
    quota += row.quota;
    heads += row.heads;
    vacancy += Math.max(row.quota - row.heads, 0);
    over += Math.max(row.heads - row.quota, 0);
  }
  Object.assign(values, {
    quota,
    headcount: heads,
    vacancy,
    overQuota: over,
    useRate: ratio(heads, quota),
    vacancyRate: ratio(vacancy, quota),
  });
}

function addPosts(values: Record<string, number | null>, rows: PostRow[]) {
  values.leaderPostsApproved = rows.reduce((s, p) => s + p.approved, 0);
  values.leaderPostsActual = rows.reduce((s, p) => s + p.actual, 0);
  values.leaderPostsOver = rows.reduce((s, p) => s + Math.max(p.actual - p.approved, 0), 0);
}

/** Workload per head of every unit of the categories, for the unit's own and the peer median. */
async function loadWorkload(db: Db, categories: string[]) {
  const [peers, work] = await Promise.all([
    selectRows<{ id: string; name: string; kind: string; category: string; heads: number }>(
      db,
      sql`select u.id, u.name, u.kind, u.category,
          (case when exists (select 1 from staff_members s where s.unit_id = u.id)
            then (select count(*) from staff_members s where s.unit_id = u.id)
            else coalesce((select sum(h.count) from headcounts h where h.unit_id = u.id), 0) end)::int as heads
        from units u where u.category in ${categories} and u.status = 'active'`,
    ),
    selectRows<{ unitId: string; year: number; measure: string; value: number }>(
      db,
      sql`select w.unit_id as "unitId", w.year, w.measure, w.value from workloads w
        join units u on u.id = w.unit_id
        where u.category in ${categories} and u.status = 'active' and w.measure not in ${NON_WORKLOAD}`,
    ),
  ]);
  const heads = new Map(peers.map((p) => [p.id, p.heads]));
  return workloadPerHead(
    peers.map((p) => [p.id, p.name, p.kind, p.category] as const),
    work.map((w) => [w.unitId, w.year, w.measure, Number(w.value)]),
    (id) => heads.get(id) ?? 0,
  );
}
