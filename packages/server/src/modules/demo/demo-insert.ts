import type { Db } from '../../db/client.ts';
import {
  headcounts,
  historyEvents,
  internalBodies,
  leaderPosts,
  mandateDuties,
  peerBenchmarks,
  quotaChanges,
  staffingSnapshots,
  staffMembers,
  staffMovements,
  units,
  workloads,
} from '../../db/schema/index.ts';
import type { IdProtector } from '../staff/id-number-protection.ts';
import type { DemoUnit } from './demo-county.ts';
import type { DemoData } from './demo-data.ts';

/** Rows per INSERT: one statement per row is far too slow on the embedded database. */
const BATCH = 1000;

export async function insertInBatches<T>(
  items: readonly T[],
  insert: (batch: T[]) => Promise<unknown>,
  size = BATCH,
) {
  for (let i = 0; i < items.length; i += size) await insert(items.slice(i, i + size));
}

const unitRow = (regionId: string) => (u: DemoUnit) => ({
  id: u.id,
  regionId,
  name: u.name,
  shortName: u.shortName,
  creditCode: u.creditCode,
  kind: u.kind,
  category: u.category,
  system: u.system,
  rank: u.rank,
  fundingForm: u.fundingForm,
  parentUnitId: u.parentUnitId,
  status: u.status,
  foundedOn: u.foundedOn,
  endedOn: u.endedOn,
  foundingDocNo: u.foundingDocNo,
  internalBodiesApproved: u.internalBodiesApproved,
  nonQuotaCap: u.nonQuotaCap,
  nonQuotaHeadcount: u.nonQuotaHeadcount,
});

/** The county's units with their quota ledger, headcounts, bodies, posts, duties and 沿革. */
export async function insertRegistry(tx: Db, data: DemoData, regionId: string) {
  // Parents first: a unit's 主管部门 must exist before it.
  const toRow = unitRow(regionId);
  await insertInBatches(data.units.filter((u) => !u.parentUnitId).map(toRow), (b) =>
    tx.insert(units).values(b),
  );
  await insertInBatches(data.units.filter((u) => u.parentUnitId).map(toRow), (b) =>
    tx.insert(units).values(b),
  );
  await insertInBatches(data.ledger, (b) => tx.insert(quotaChanges).values(b));
  await insertInBatches(
    data.headcounts.map((h) => ({ ...h, asOf: data.today })),
    (b) => tx.insert(headcounts).values(b),
  );
  await insertInBatches(data.bodies, (b) => tx.insert(internalBodies).values(b));
  await insertInBatches(data.posts, (b) => tx.insert(leaderPosts).values(b));
  await insertInBatches(data.duties, (b) => tx.insert(mandateDuties).values(b));
  await insertInBatches(data.history, (b) => tx.insert(historyEvents).values(b));
}

/** The 实名制 list, ID numbers only encrypted, hashed and masked, then the year's movements. */
export async function insertStaff(tx: Db, data: DemoData, protector: IdProtector) {
  await insertInBatches(data.staff, (batch) =>
    tx.insert(staffMembers).values(
      batch.map(({ idNumber, ...person }) => ({
        ...person,
        idNumberEncrypted: protector.encrypt(idNumber),
        idNumberHash: protector.hash(idNumber),
        idNumberMasked: protector.mask(idNumber),
      })),
    ),
  );
  await insertInBatches(data.movements, (b) => tx.insert(staffMovements).values(b));
}

/** Five years of workload and monthly staffing, and the neighbouring counties' benchmarks. */
export async function insertHistoryFigures(tx: Db, data: DemoData) {
  await insertInBatches(data.workloads, (b) => tx.insert(workloads).values(b));
  await insertInBatches(data.snapshots, (b) => tx.insert(staffingSnapshots).values(b), 4000);
  await insertInBatches(data.peers, (b) => tx.insert(peerBenchmarks).values(b));
}
