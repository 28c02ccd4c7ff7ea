import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { leaderPosts, regions, units } from '../../../db/schema/index.ts';
import { inList, insertRows, lookupInChunks, upsertOn } from '../bulk.queries.ts';
import { inRegions } from '../imports.queries.ts';

export type LeaderPostRecord = typeof leaderPosts.$inferSelect;
export const leaderPostKey = (unitId: string, level: string) => `${unitId}|${level}`;

export async function currentLeaderPosts(db: Db, unitIds: Iterable<string>) {
  const rows = await lookupInChunks(unitIds, (part) =>
    db
      .select()
      .from(leaderPosts)
      .where(inList(leaderPosts.unitId, part, 'uuid')),
  );
  return new Map(rows.map((r) => [leaderPostKey(r.unitId, r.level), r]));
}

export const upsertLeaderPosts = (db: Db, records: LeaderPostRecord[]) =>
  insertRows(
    db,
    leaderPosts,
    ['unitId', 'level', 'approved', 'actual'],
    records,
    upsertOn(['unit_id', 'level']),
  );

export function listLeaderPostsForExport(db: Db, regionIds: string[] | null) {
  return db
    .select({ post: leaderPosts, creditCode: units.creditCode, unitName: units.name })
    .from(leaderPosts)
    .innerJoin(units, eq(units.id, leaderPosts.unitId))
    .innerJoin(regions, eq(regions.id, units.regionId))
    .where(and(isNotNull(units.creditCode), inRegions(units.regionId, regionIds)))
    .orderBy(asc(regions.code), asc(units.name), asc(units.creditCode), asc(leaderPosts.level));
}
