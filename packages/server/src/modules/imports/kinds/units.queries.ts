import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { regions, units } from '../../../db/schema/index.ts';
import { inList, insertRows, lookupInChunks, upsertOn } from '../bulk.queries.ts';
import { inRegions } from '../imports.queries.ts';

/** The columns of a unit the units sheet states. */
export const unitRecordColumns = {
  id: units.id,
  creditCode: units.creditCode,
  regionId: units.regionId,
  name: units.name,
  shortName: units.shortName,
  kind: units.kind,
  category: units.category,
  system: units.system,
  rank: units.rank,
  fundingForm: units.fundingForm,
  parentUnitId: units.parentUnitId,
  status: units.status,
  foundedOn: units.foundedOn,
  endedOn: units.endedOn,
  foundingDocNo: units.foundingDocNo,
  internalBodiesApproved: units.internalBodiesApproved,
  nonQuotaCap: units.nonQuotaCap,
  nonQuotaHeadcount: units.nonQuotaHeadcount,
};
/** What the units sheet sets on an existing unit (everything but its id and credit code). */
export const UPDATED_BY_SHEET = [
  'regionId',
  'name',
  'shortName',
  'kind',
  'category',
  'system',
  'rank',
  'fundingForm',
  'parentUnitId',
  'status',
  'foundedOn',
  'endedOn',
  'foundingDocNo',
  'internalBodiesApproved',
  'nonQuotaCap',
  'nonQuotaHeadcount',
] as const;

export type UnitRecord = Omit<typeof units.$inferSelect, 'version' | 'createdAt' | 'updatedAt'>;

export async function findUnitRecords(db: Db, codes: Iterable<string>): Promise<Map<string, UnitRecord>> {
  const rows = await lookupInChunks(codes, (part) =>
    db.select(unitRecordColumns).from(units).where(inList(units.creditCode, part)),
  );
  return new Map(rows.map((r) => [r.creditCode as string, r]));
}

/** Every parent link, to refuse an import that would make 主管部门 go round in a circle. */
export async function listParentLinks(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: units.id, parent: units.parentUnitId })
    .from(units)
    .where(isNotNull(units.parentUnitId));
  return new Map(rows.map((r) => [r.id, r.parent as string]));
}

const WRITTEN = ['id', 'creditCode', ...UPDATED_BY_SHEET] as const;

/**
 * Inserts new units and updates existing ones by credit code, bumping their version. Callers
 * pass parents before children: a new unit's 主管部门 must exist when it is inserted.
 */
export const upsertUnits = (db: Db, records: UnitRecord[]) =>
  insertRows(db, units, WRITTEN, records, (names) =>
    upsertOn(
      ['credit_code'],
      ', version = units.version + 1, updated_at = now()',
    )(names.filter((n) => n !== 'id')),
  );

const parents = alias(units, 'parent');

/** Units with a credit code in the regions, with their region code and parent's credit code. */
export function listUnitsForExport(db: Db, regionIds: string[] | null) {
  return db
    .select({
      unit: unitRecordColumns,
      regionCode: regions.code,
      parentCreditCode: parents.creditCode,
    })
    .from(units)
    .innerJoin(regions, eq(regions.id, units.regionId))
    .leftJoin(parents, eq(parents.id, units.parentUnitId))
    .where(and(isNotNull(units.creditCode), inRegions(units.regionId, regionIds)))
    .orderBy(asc(regions.code), asc(units.name), asc(units.creditCode));
}
