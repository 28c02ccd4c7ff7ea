import type { MovementListQuery, RosterQuery } from '@bianping/core/staff';
import { and, asc, count, desc, eq, ilike, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/client.ts';
import { internalBodies, staffMembers, staffMovements } from '../../db/schema/index.ts';

/**
 * All SQL of the 实名制 roster and its movements. Every function takes `db`, which is a
 * transaction when a movement is being recorded: the unit's version bump (editUnit) has then
 * locked the unit's row, so counts read here cannot change under the writer.
 */

const pendingExitOf = sql<{ movementId: string; eventDate: string; reason: string } | null>`(
  select json_build_object('movementId', m.id, 'eventDate', m.event_date::text, 'reason', m.reason)
  from staff_movements m
  where m.staff_member_id = ${staffMembers.id} and m.kind = 'exitEvent' and m.processed_on is null
  order by m.event_date limit 1)`;

/** One page of a unit's people, by name, with the filter of the roster table. */
export async function listRoster(db: Db, unitId: string, query: RosterQuery) {
  const parts: (SQL | undefined)[] = [eq(staffMembers.unitId, unitId)];
  if (query.q) parts.push(ilike(staffMembers.name, `%${query.q}%`));
  if (query.staffingType) parts.push(eq(staffMembers.staffingType, query.staffingType));
  const where = and(...parts);
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: staffMembers.id,
        name: staffMembers.name,
        idNumberMasked: staffMembers.idNumberMasked,
        sex: staffMembers.sex,
        birthDate: staffMembers.birthDate,
        education: staffMembers.education,
        staffingType: staffMembers.staffingType,
        fundingForm: staffMembers.fundingForm,
        post: staffMembers.post,
        grade: staffMembers.grade,
        leaderLevel: staffMembers.leaderLevel,
        internalBodyId: staffMembers.internalBodyId,
        internalBodyName: internalBodies.name,
        entryDate: staffMembers.entryDate,
        pendingExit: pendingExitOf,
      })
      .from(staffMembers)
      .leftJoin(internalBodies, eq(internalBodies.id, staffMembers.internalBodyId))
      .where(where)
      .orderBy(asc(staffMembers.name), asc(staffMembers.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(staffMembers).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export type MovementRow = typeof staffMovements.$inferSelect;

/** One page of a unit's movements, newest first. */
export async function listMovements(db: Db, unitId: string, query: MovementListQuery) {
  const parts: (SQL | undefined)[] = [eq(staffMovements.unitId, unitId)];
  if (query.kind) parts.push(eq(staffMovements.kind, query.kind));
  // An entry is processed by definition, so "open" never lists one.
  if (query.state === 'open') parts.push(isNull(staffMovements.processedOn));
  if (query.state === 'done') parts.push(isNotNull(staffMovements.processedOn));
  const where = and(...parts);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(staffMovements)
      .where(where)
      .orderBy(desc(staffMovements.eventDate), desc(staffMovements.createdAt), asc(staffMovements.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(staffMovements).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findMovement(db: Db, unitId: string, movementId: string) {
  const [row] = await db
    .select()
    .from(staffMovements)
    .where(and(eq(staffMovements.id, movementId), eq(staffMovements.unitId, unitId)));
  return row ?? null;
}

export async function findStaffMember(db: Db, unitId: string, staffMemberId: string) {
  const [row] = await db
    .select()
    .from(staffMembers)
    .where(and(eq(staffMembers.id, staffMemberId), eq(staffMembers.unitId, unitId)));
  return row ?? null;
}

export async function findOpenExitOf(db: Db, staffMemberId: string) {
  const [row] = await db
    .select({ id: staffMovements.id, eventDate: staffMovements.eventDate })
    .from(staffMovements)
    .where(
      and(
        eq(staffMovements.staffMemberId, staffMemberId),
        eq(staffMovements.kind, 'exitEvent'),
        isNull(staffMovements.processedOn),
      ),
    );
  return row ?? null;
}

/** Units where the ID number (by its keyed hash) is already registered. */
export const findUnitsHoldingId = (db: Db, idNumberHash: string) =>
  selectRows<{ unitId: string; regionId: string; unitName: string }>(
    db,
    sql`select distinct s.unit_id as "unitId", u.region_id as "regionId", u.name as "unitName"
        from staff_members s join units u on u.id = s.unit_id where s.id_number_hash = ${idNumberHash}`,
  );

export async function findActiveBody(db: Db, unitId: string, bodyId: string) {
  const [row] = await db
    .select({ id: internalBodies.id })
    .from(internalBodies)
    .where(
      and(eq(internalBodies.id, bodyId), eq(internalBodies.unitId, unitId), eq(internalBodies.active, true)),
    );
  return row ?? null;
}

export type StaffingFigures = {
  /** People on the 实名制 roster (all types); 0 means headcount comes from direct figures. */
  rosterSize: number;
  /** Approved quota of the type on the day asked. */
  quota: number;
  /** In-quota headcount of the type: the roster's when loaded, the direct figure otherwise. */
  headcount: number;
  /** 用编核准 of the type not yet used by an 入编. */
  openApprovals: number;
  /** Sum of the directly entered figures of every type. */
  directTotal: number;
};

/** The figures a 用编核准 or an 入编 is checked against, for one staffing type. */
export async function staffingFigures(
  db: Db,
  unitId: string,
  staffingType: string,
  onDay: string,
): Promise<StaffingFigures> {
  const [row] = await selectRows<Omit<StaffingFigures, 'headcount'> & { roster: number; direct: number }>(
    db,
    sql`select
      (select count(*)::int from staff_members where unit_id = ${unitId}) as "rosterSize",
      (select coalesce(sum(delta), 0)::int from quota_changes
        where unit_id = ${unitId} and staffing_type = ${staffingType} and effective_on <= ${onDay}) as quota,
      (select count(*)::int from staff_members where unit_id = ${unitId} and staffing_type = ${staffingType}) as roster,
      (select coalesce(sum(count), 0)::int from headcounts where unit_id = ${unitId} and staffing_type = ${staffingType}) as direct,
      (select count(*)::int from staff_movements where unit_id = ${unitId} and staffing_type = ${staffingType}
        and kind = 'hireApproval' and processed_on is null) as "openApprovals",
      (select coalesce(sum(count), 0)::int from headcounts where unit_id = ${unitId}) as "directTotal"`,
  );
  if (!row) throw new Error('staffing figures: no row');
  const { roster, direct, ...figures } = row;
  return { ...figures, headcount: row.rosterSize > 0 ? roster : direct };
}

/**
 * Takes a person off the roster after the 出编: their movements keep name and staffing type but
 * no longer point at them (the foreign key has no cascade), then the row goes.
 */
export async function removeFromRoster(db: Db, staffMemberId: string) {
  await db
    .update(staffMovements)
    .set({ staffMemberId: null })
    .where(eq(staffMovements.staffMemberId, staffMemberId));
  await db.delete(staffMembers).where(eq(staffMembers.id, staffMemberId));
}

/**
 * Sets the unit's directly entered headcounts to the roster's counts per staffing type, so the
 * overview (which sums `headcounts`) agrees with the roster, and a unit whose last person left
 * falls back to direct figures of 0 rather than to stale ones.
 */
export async function syncHeadcounts(db: Db, unitId: string, asOf: string) {
  await db.execute(sql`
    insert into headcounts (unit_id, staffing_type, count, as_of)
    select ${unitId}::uuid, t.staffing_type, coalesce(s.n, 0), ${asOf}::date
    from (
      select staffing_type from headcounts where unit_id = ${unitId}
      union select staffing_type from staff_members where unit_id = ${unitId}
      union select staffing_type from quota_changes where unit_id = ${unitId}
    ) t
    left join (
      select staffing_type, count(*)::int as n from staff_members where unit_id = ${unitId} group by 1
    ) s on s.staffing_type = t.staffing_type
    on conflict (unit_id, staffing_type) do update set count = excluded.count, as_of = excluded.as_of`);
}
