import { sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../../db/client.ts';
import { headcounts } from '../../../db/schema/index.ts';
import { chunk, inList, insertRows, lookupInChunks, upsertOn } from '../bulk.queries.ts';
import { andInRegions } from '../imports.queries.ts';

export type QuotaKey = { unitId: string; staffingType: string; fundingForm: string };
export const quotaKey = (k: QuotaKey) => `${k.unitId}|${k.staffingType}|${k.fundingForm}`;

/** The current quota (sum of the ledger) per unit × staffing type × funding form. */
export async function currentQuotas(db: Db, unitIds: Iterable<string>) {
  const rows = await lookupInChunks(unitIds, (part) =>
    selectRows<QuotaKey & { quota: number }>(
      db,
      sql`select unit_id as "unitId", staffing_type as "staffingType", funding_form as "fundingForm",
                 sum(delta)::int as quota
          from quota_changes
          where ${inList(sql`unit_id`, part, 'uuid')}
          group by 1, 2, 3`,
    ),
  );
  return new Map(rows.map((r) => [quotaKey(r), Number(r.quota)]));
}

export async function currentHeadcounts(db: Db, unitIds: Iterable<string>) {
  const rows = await lookupInChunks(unitIds, (part) =>
    db
      .select()
      .from(headcounts)
      .where(inList(headcounts.unitId, part, 'uuid')),
  );
  return new Map(rows.map((r) => [`${r.unitId}|${r.staffingType}`, r]));
}

export type QuotaTarget = QuotaKey & {
  quota: number;
  effectiveOn: string;
  docNo: string;
  note: string | null;
};

/**
 * Appends a ledger row with the difference between the stated and the current quota. The
 * difference is taken inside the statement, so a change committed by someone else since the
 * preview is accounted for, not overwritten.
 */
export async function appendQuotaDifferences(db: Db, targets: QuotaTarget[]) {
  for (const batch of chunk(targets)) {
    await db.execute(sql`
      with v as (
        select * from json_to_recordset(${JSON.stringify(batch)}::json)
          as x("unitId" uuid, "staffingType" text, "fundingForm" text, quota int, "effectiveOn" date,
               "docNo" text, note text)
      ),
      d as (
        select v.*, v.quota - coalesce((
          select sum(q.delta) from quota_changes q
          where q.unit_id = v."unitId" and q.staffing_type = v."staffingType" and q.funding_form = v."fundingForm"
        ), 0)::int as delta
        from v
      )
      insert into quota_changes (unit_id, staffing_type, funding_form, delta, effective_on, doc_no, note)
      select "unitId", "staffingType", "fundingForm", delta, "effectiveOn", "docNo", note from d where delta <> 0`);
  }
}

export type HeadcountTarget = { unitId: string; staffingType: string; count: number; asOf: string };

export const upsertHeadcounts = (db: Db, targets: HeadcountTarget[]) =>
  insertRows(
    db,
    headcounts,
    ['unitId', 'staffingType', 'count', 'asOf'],
    targets,
    upsertOn(['unit_id', 'staffing_type']),
  );

export type QuotaExportRow = {
  creditCode: string;
  unitName: string;
  staffingType: string;
  fundingForm: string;
  quota: number;
  headcount: number | null;
  headcountAsOf: string | null;
};

/**
 * One row per unit × staffing type × funding form in the ledger, with the type's headcount on
 * each; a headcount without any quota of its type gets a row under the unit's funding form.
 */
export function listQuotasForExport(db: Db, regionIds: string[] | null) {
  return selectRows<QuotaExportRow>(
    db,
    sql`
    with q as (
      select unit_id, staffing_type, funding_form, sum(delta)::int as quota
      from quota_changes group by 1, 2, 3
    ),
    rows as (
      select q.unit_id, q.staffing_type, q.funding_form, q.quota from q
      union all
      select h.unit_id, h.staffing_type, u.funding_form, 0
      from headcounts h join units u on u.id = h.unit_id
      where not exists (select 1 from q where q.unit_id = h.unit_id and q.staffing_type = h.staffing_type)
    )
    select u.credit_code as "creditCode", u.name as "unitName", r.staffing_type as "staffingType",
           r.funding_form as "fundingForm", r.quota, h.count as headcount, h.as_of::text as "headcountAsOf"
    from rows r
    join units u on u.id = r.unit_id
    join regions g on g.id = u.region_id
    left join headcounts h on h.unit_id = r.unit_id and h.staffing_type = r.staffing_type
    where u.credit_code is not null ${andInRegions(sql`u.region_id`, regionIds)}
    order by g.code, u.name, u.credit_code, r.staffing_type, r.funding_form`,
  );
}
