import { and, asc, eq, gt, isNotNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { internalBodies, regions, staffMembers, units } from '../../../db/schema/index.ts';
import { inList, insertRows, lookupInChunks, updateRowsById } from '../bulk.queries.ts';
import { inRegions } from '../imports.queries.ts';

/** A staff member as the sheet states it (no version or timestamps). */
export type StaffRecord = Omit<typeof staffMembers.$inferSelect, 'version' | 'createdAt' | 'updatedAt'>;

const recordColumns = {
  id: staffMembers.id,
  unitId: staffMembers.unitId,
  workUnitId: staffMembers.workUnitId,
  secondedSince: staffMembers.secondedSince,
  internalBodyId: staffMembers.internalBodyId,
  name: staffMembers.name,
  idNumberEncrypted: staffMembers.idNumberEncrypted,
  idNumberHash: staffMembers.idNumberHash,
  idNumberMasked: staffMembers.idNumberMasked,
  sex: staffMembers.sex,
  birthDate: staffMembers.birthDate,
  education: staffMembers.education,
  staffingType: staffMembers.staffingType,
  fundingForm: staffMembers.fundingForm,
  post: staffMembers.post,
  grade: staffMembers.grade,
  leaderLevel: staffMembers.leaderLevel,
  leaderRank: staffMembers.leaderRank,
  overRankApproved: staffMembers.overRankApproved,
  entryDate: staffMembers.entryDate,
};

/** Staff members by id and by ID-number hash (a hash can repeat: W13 finds such duplicates). */
export async function findStaff(db: Db, ids: Iterable<string>, hashes: Iterable<string>) {
  const byId = await lookupInChunks(ids, (part) =>
    db
      .select(recordColumns)
      .from(staffMembers)
      .where(inList(staffMembers.id, part, 'uuid')),
  );
  const byHash = await lookupInChunks(hashes, (part) =>
    db.select(recordColumns).from(staffMembers).where(inList(staffMembers.idNumberHash, part)),
  );
  const sameHash = new Map<string, StaffRecord[]>();
  for (const r of byHash) sameHash.set(r.idNumberHash, [...(sameHash.get(r.idNumberHash) ?? []), r]);
  return { byId: new Map(byId.map((r) => [r.id, r])), byHash: sameHash };
}

/** Internal bodies of the units, by unit and then by name (names may repeat). */
export async function findInternalBodies(db: Db, unitIds: Iterable<string>) {
  const rows = await lookupInChunks(unitIds, (part) =>
    db
      .select({ id: internalBodies.id, unitId: internalBodies.unitId, name: internalBodies.name })
      .from(internalBodies)
      .where(inList(internalBodies.unitId, part, 'uuid')),
  );
  const byUnit = new Map<string, Map<string, string[]>>();
  for (const r of rows) {
    const names = byUnit.get(r.unitId) ?? new Map<string, string[]>();
    names.set(r.name, [...(names.get(r.name) ?? []), r.id]);
    byUnit.set(r.unitId, names);
  }
  return byUnit;
}

/** Everything the sheet writes of a person. */
const WRITTEN = Object.keys(recordColumns).filter((k) => k !== 'id');

/** `prepare` completes each batch just before it is written (see `insertRows`). */
export const insertStaff = (db: Db, records: StaffRecord[], prepare?: (batch: StaffRecord[]) => void) =>
  insertRows(db, staffMembers, ['id', ...WRITTEN], records, undefined, prepare);

/** Updates people by id, bumping their version. */
export const updateStaff = (db: Db, records: StaffRecord[], prepare?: (batch: StaffRecord[]) => void) =>
  updateRowsById(
    db,
    staffMembers,
    WRITTEN,
    records,
    sql`, version = t.version + 1, updated_at = now()`,
    prepare,
  );

const workUnits = alias(units, 'work_unit');

/** One page of the staff of units with a credit code, in sheet order, after `after`. */
export function listStaffPage(
  db: Db,
  regionIds: string[] | null,
  after: { creditCode: string; name: string; id: string } | null,
  limit: number,
) {
  return db
    .select({
      staff: recordColumns,
      creditCode: units.creditCode,
      unitName: units.name,
      workUnitCreditCode: workUnits.creditCode,
      internalBody: internalBodies.name,
    })
    .from(staffMembers)
    .innerJoin(units, eq(units.id, staffMembers.unitId))
    .innerJoin(regions, eq(regions.id, units.regionId))
    .leftJoin(workUnits, eq(workUnits.id, staffMembers.workUnitId))
    .leftJoin(internalBodies, eq(internalBodies.id, staffMembers.internalBodyId))
    .where(
      and(
        isNotNull(units.creditCode),
        inRegions(units.regionId, regionIds),
        after
          ? or(
              gt(units.creditCode, after.creditCode),
              and(eq(units.creditCode, after.creditCode), gt(staffMembers.name, after.name)),
              and(
                eq(units.creditCode, after.creditCode),
                eq(staffMembers.name, after.name),
                sql`${staffMembers.id} > ${after.id}::uuid`,
              ),
            )
          : undefined,
      ),
    )
    .orderBy(asc(units.creditCode), asc(staffMembers.name), asc(staffMembers.id))
    .limit(limit);
}
