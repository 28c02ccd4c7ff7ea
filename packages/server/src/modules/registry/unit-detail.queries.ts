import type { UnitDetail } from '@bianping/core/registry';
import { asc, eq, sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/client.ts';
import {
  historyEvents,
  mandateDuties,
  quotaChanges,
  regions,
  units,
  workloads,
} from '../../db/schema/index.ts';

export async function findUnit(db: Db, id: string) {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  return row ?? null;
}

/**
 * Everything the unit page shows, in a handful of indexed queries run concurrently. Headcount
 * and actual leaders come from the 实名制 list when the unit has staff loaded, otherwise from
 * the directly entered figures.
 */
export async function loadUnitDetail(db: Db, id: string): Promise<UnitDetail | null> {
  const [head] = await selectRows<Record<string, unknown>>(
    db,
    sql`select u.*, u.founded_on::text as founded_text, u.ended_on::text as ended_text,
          r.name as region_name, p.name as parent_name,
          (select count(*)::int from staff_members s where s.unit_id = u.id) as staff_count,
          (select count(*)::int from warnings w where w.unit_id = u.id and w.status in ('open', 'verified')) as live_warnings
        from units u join regions r on r.id = u.region_id
        left join units p on p.id = u.parent_unit_id
        where u.id = ${id}`,
  );
  if (!head) return null;
  const hasStaff = Number(head.staff_count) > 0;
  const [ledger, staffing, posts, bodies, mandate, history, workload, staffingByYear] = await Promise.all([
    db.select().from(quotaChanges).where(eq(quotaChanges.unitId, id)).orderBy(asc(quotaChanges.effectiveOn)),
    selectRows<{ staffingType: string; quota: number; headcount: number }>(
      db,
      sql`with q as (select staffing_type, sum(delta)::int as quota from quota_changes where unit_id = ${id} group by 1),
          h as (${
            hasStaff
              ? sql`select staffing_type, count(*)::int as headcount from staff_members where unit_id = ${id} group by 1`
              : sql`select staffing_type, sum(count)::int as headcount from headcounts where unit_id = ${id} group by 1`
          })
          select coalesce(q.staffing_type, h.staffing_type) as "staffingType",
                 coalesce(q.quota, 0) as quota, coalesce(h.headcount, 0) as headcount
          from q full join h on h.staffing_type = q.staffing_type order by 1`,
    ),
    selectRows<{ level: string; approved: number; actual: number }>(
      db,
      sql`select p.level, p.approved, ${
        hasStaff
          ? sql`(select count(*)::int from staff_members s where s.unit_id = p.unit_id and s.leader_level = p.level)`
          : sql`coalesce(p.actual, 0)`
      } as actual from leader_posts p where p.unit_id = ${id}
        order by array_position(array['unitHead','unitDeputy','bodyHead','bodyDeputy'], p.level)`,
    ),
    selectRows<{ id: string; name: string; inMandate: boolean; active: boolean; staff: number }>(
      db,
      sql`select b.id, b.name, b.in_mandate as "inMandate", b.active,
            (select count(*)::int from staff_members s where s.internal_body_id = b.id) as staff
          from internal_bodies b where b.unit_id = ${id} order by b.sort_order, b.name`,
    ),
    db.select().from(mandateDuties).where(eq(mandateDuties.unitId, id)).orderBy(asc(mandateDuties.seq)),
    db.select().from(historyEvents).where(eq(historyEvents.unitId, id)).orderBy(asc(historyEvents.eventDate)),
    db
      .select({ year: workloads.year, measure: workloads.measure, value: workloads.value })
      .from(workloads)
      .where(eq(workloads.unitId, id))
      .orderBy(asc(workloads.year), asc(workloads.measure)),
    selectRows<UnitDetail['staffingByYear'][number]>(
      db,
      sql`select distinct on (left(month, 4)) left(month, 4)::int as year, month, quota, headcount
          from staffing_snapshots where unit_id = ${id} order by left(month, 4), month desc`,
    ),
  ]);
  const quotaTotal = staffing.reduce((s, r) => s + r.quota, 0);
  const headcountTotal = staffing.reduce((s, r) => s + r.headcount, 0);
  const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    unit: {
      id,
      regionId: String(head.region_id),
      regionName: String(head.region_name),
      name: String(head.name),
      shortName: str(head.short_name),
      creditCode: str(head.credit_code),
      kind: head.kind as never,
      category: head.category as never,
      system: head.system as never,
      rank: head.rank as never,
      fundingForm: head.funding_form as never,
      status: head.status as never,
      quotaTotal,
      headcountTotal,
      liveWarnings: Number(head.live_warnings),
      parentUnitId: str(head.parent_unit_id),
      parentUnitName: str(head.parent_name),
      foundedOn: str(head.founded_text),
      endedOn: str(head.ended_text),
      foundingDocNo: str(head.founding_doc_no),
      internalBodiesApproved:
        head.internal_bodies_approved === null ? null : Number(head.internal_bodies_approved),
      nonQuotaCap: head.non_quota_cap === null ? null : Number(head.non_quota_cap),
      nonQuotaHeadcount: head.non_quota_headcount === null ? null : Number(head.non_quota_headcount),
      version: Number(head.version),
    },
    staffing: staffing as UnitDetail['staffing'],
    headcountSource: hasStaff ? 'staff' : 'direct',
    quotaLedger: ledger.map((l) => ({
      id: l.id,
      staffingType: l.staffingType as never,
      fundingForm: l.fundingForm as never,
      delta: l.delta,
      effectiveOn: l.effectiveOn,
      docNo: l.docNo,
      note: l.note,
    })),
    leaderPosts: posts as UnitDetail['leaderPosts'],
    internalBodies: bodies,
    mandate: mandate.map((m) => ({
      id: m.id,
      seq: m.seq,
      text: m.text,
      docNo: m.docNo,
      status: m.status as never,
    })),
    history: history.map((h) => ({
      id: h.id,
      eventDate: h.eventDate,
      type: h.type as never,
      docNo: h.docNo,
      description: h.description,
      quotaDelta: (h.quotaDelta as Record<string, number> | null) ?? null,
    })),
    workload,
    staffingByYear,
  };
}

export const regionNameOf = async (db: Db, regionId: string) =>
  (await db.select({ name: regions.name }).from(regions).where(eq(regions.id, regionId)))[0]?.name ?? '';
