import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/client.ts';
import { files, regions, units } from '../../db/schema/index.ts';
import { chunk, inList, lookupInChunks } from './bulk.queries.ts';

/** Media type of import files kept sealed (encrypted) with the installation key. */
export const SEALED_MIME = 'application/vnd.bianping.sealed';

/**
 * Keeps an upload; its content lives in the database so every server instance can read it. The
 * bytes travel as base64 and are decoded by the database: PGlite's own bytea parameter encoding
 * takes seconds for a few megabytes. `size` and `sha256` describe the file before sealing.
 */
export async function insertUpload(
  db: Db,
  upload: { name: string; content: Buffer; size: number; sha256: string; createdBy: string },
) {
  const [row] = await selectRows<{ id: string }>(
    db,
    sql`insert into ${files} (name, mime_type, size, sha256, content, created_by)
        values (${upload.name}, ${SEALED_MIME}, ${upload.size}, ${upload.sha256},
                decode(${upload.content.toString('base64')}, 'base64'), ${upload.createdBy}::uuid)
        returning id`,
  );
  if (!row) throw new Error('file insert failed');
  return row.id;
}

/** An upload of the user with its content. */
export async function findUpload(db: Db, id: string, userId: string) {
  const [row] = await selectRows<{ id: string; name: string; sha256: string; content: string }>(
    db,
    sql`select id, name, sha256, encode(content, 'base64') as content from ${files}
        where id = ${id}::uuid and created_by = ${userId}::uuid and name not like 'parsed-rows:%'`,
  );
  return row ? { ...row, content: Buffer.from(row.content, 'base64') } : null;
}

/** The size of an upload of the user, or null when there is none. */
export async function findUploadSize(db: Db, id: string, userId: string) {
  const [row] = await db
    .select({ size: files.size })
    .from(files)
    .where(and(eq(files.id, id), eq(files.createdBy, userId)));
  return row?.size ?? null;
}

export const deleteUpload = (db: Db, id: string) => db.delete(files).where(eq(files.id, id));

/**
 * The parsed rows of an upload, kept by its preview (sealed, gzipped JSON, as a file of the same
 * user) so the commit need not read the workbook again.
 */
const parsedRowsName = (uploadId: string) => `parsed-rows:${uploadId}`;

export const saveParsedRows = (db: Db, uploadId: string, userId: string, sealed: Buffer) =>
  insertUpload(db, {
    name: parsedRowsName(uploadId),
    content: sealed,
    size: sealed.length,
    sha256: '',
    createdBy: userId,
  });

export async function findParsedRows(db: Db, uploadId: string, userId: string) {
  const [row] = await selectRows<{ content: string }>(
    db,
    sql`select encode(content, 'base64') as content from ${files}
        where name = ${parsedRowsName(uploadId)} and created_by = ${userId}::uuid
        order by created_at desc limit 1`,
  );
  return row ? Buffer.from(row.content, 'base64') : null;
}

export const deleteParsedRows = (db: Db, uploadId: string) =>
  db.delete(files).where(eq(files.name, parsedRowsName(uploadId)));

export type UnitRef = { id: string; regionId: string; name: string; creditCode: string };

const unitRefColumns = {
  id: units.id,
  regionId: units.regionId,
  name: units.name,
  creditCode: units.creditCode,
};

/** Units by credit code (any region; the caller checks the scope). */
export async function findUnitsByCreditCode(db: Db, codes: Iterable<string>): Promise<Map<string, UnitRef>> {
  const rows = await lookupInChunks(codes, (part) =>
    db.select(unitRefColumns).from(units).where(inList(units.creditCode, part)),
  );
  return new Map(rows.map((r) => [r.creditCode as string, r as UnitRef]));
}

/** Units by id, with or without a credit code. */
export async function findUnitsById(db: Db, ids: Iterable<string>) {
  const rows = await lookupInChunks(ids, (part) =>
    db
      .select(unitRefColumns)
      .from(units)
      .where(inList(units.id, part, 'uuid')),
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Of the given units, those without a credit code. A sheet cannot name them, so an empty cell
 * that refers to one (a parent, a work unit) keeps the stored link rather than clearing it.
 */
export async function findUnitsWithoutCreditCode(db: Db, ids: Iterable<string>): Promise<Set<string>> {
  const rows = await lookupInChunks(ids, (part) =>
    db
      .select({ id: units.id })
      .from(units)
      .where(and(inList(units.id, part, 'uuid'), isNull(units.creditCode))),
  );
  return new Set(rows.map((r) => r.id));
}

/** Region ids by GB/T 2260 code. */
export async function findRegionsByCode(db: Db, codes: Iterable<string>): Promise<Map<string, string>> {
  const rows = await lookupInChunks(codes, (part) =>
    db.select({ id: regions.id, code: regions.code }).from(regions).where(inList(regions.code, part)),
  );
  return new Map(rows.map((r) => [r.code, r.id]));
}

/**
 * Bumps the version of units whose registry data an import changed, so an edit made on the
 * unit page from an older version is refused instead of silently overwriting the import.
 */
export async function bumpUnitVersions(db: Db, unitIds: Iterable<string>) {
  for (const part of chunk([...new Set(unitIds)])) {
    await db
      .update(units)
      .set({ version: sql`${units.version} + 1`, updatedAt: new Date() })
      .where(inList(units.id, part, 'uuid'));
  }
}

/** Units the export leaves out because they have no credit code to be identified by. */
export async function countUnitsWithoutCreditCode(db: Db, regionIds: string[] | null) {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(units)
    .where(and(isNull(units.creditCode), inRegions(units.regionId, regionIds)));
  return row?.n ?? 0;
}

/** `IN (…)` over the export's regions, or nothing when it covers every region. */
export const inRegions = (column: typeof units.regionId, regionIds: string[] | null) =>
  regionIds === null ? undefined : regionIds.length ? inArray(column, regionIds) : sql`false`;

/** The same filter for raw SQL: `and <column> in (…)`, or nothing for every region. */
export const andInRegions = (column: SQL, regionIds: string[] | null): SQL =>
  regionIds === null ? sql`` : sql`and ${inList(column, regionIds, 'uuid')}`;
