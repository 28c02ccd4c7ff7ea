import { asc } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { peerBenchmarks } from '../../../db/schema/index.ts';
import { inList, insertRows, lookupInChunks, upsertOn } from '../bulk.queries.ts';

export type PeerRecord = Omit<typeof peerBenchmarks.$inferSelect, 'id'> & {
  workload: Record<string, number>;
};
export const peerKey = (p: { regionName: string; name: string; year: number }) =>
  `${p.regionName}|${p.name}|${p.year}`;

/** Stored peers of the regions named in the file. */
export async function currentPeers(db: Db, regionNames: Iterable<string>) {
  const rows = await lookupInChunks(regionNames, (part) =>
    db.select().from(peerBenchmarks).where(inList(peerBenchmarks.regionName, part)),
  );
  return new Map(rows.map((r) => [peerKey(r), r as PeerRecord & { id: string }]));
}

export const upsertPeers = (db: Db, records: PeerRecord[]) =>
  insertRows(
    db,
    peerBenchmarks,
    ['regionName', 'name', 'category', 'kind', 'year', 'quota', 'headcount', 'workload'],
    records,
    upsertOn(['region_name', 'name', 'year']),
  );

/** Peers are reference data about other regions: everyone who may export sees all of them. */
export const listPeersForExport = (db: Db) =>
  db
    .select()
    .from(peerBenchmarks)
    .orderBy(asc(peerBenchmarks.regionName), asc(peerBenchmarks.name), asc(peerBenchmarks.year));
