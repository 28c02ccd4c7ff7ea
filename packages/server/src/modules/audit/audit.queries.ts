import type { AuditQuery } from '@bianping/core/audit';
import { and, asc, count, desc, eq, gt, gte, ilike, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';
import { type AuditContent, auditHash, GENESIS_HASH, redactForAudit } from './audit-chain.ts';

/** Arbitrary constant naming the advisory lock that serialises appends to the chain. */
const AUDIT_CHAIN_LOCK = 4_202_611;

export type AuditInput = Omit<AuditContent, 'at' | 'before' | 'after'> & {
  before?: unknown;
  after?: unknown;
};

/**
 * Appends one entry. Call it with the transaction that makes the change, so the change and its
 * record commit together. The advisory lock keeps the chain linear across server instances.
 */
export async function appendAudit(db: Db, input: AuditInput): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
    const [last] = await tx
      .select({ hash: auditLog.hash })
      .from(auditLog)
      .orderBy(desc(auditLog.id))
      .limit(1);
    const content: AuditContent = {
      ...input,
      at: new Date(),
      before: redactForAudit(input.before ?? null),
      after: redactForAudit(input.after ?? null),
    };
    const prevHash = last?.hash ?? GENESIS_HASH;
    await tx.insert(auditLog).values({ ...content, prevHash, hash: auditHash(prevHash, content) });
  });
}

function filters(q: AuditQuery): SQL | undefined {
  const parts: SQL[] = [];
  if (q.actor) parts.push(ilike(auditLog.actorName, `%${q.actor}%`));
  if (q.action) parts.push(ilike(auditLog.action, `${q.action}%`));
  if (q.entityType) parts.push(eq(auditLog.entityType, q.entityType));
  if (q.entityId) parts.push(eq(auditLog.entityId, q.entityId));
  if (q.from) parts.push(gte(auditLog.at, new Date(q.from)));
  if (q.to) parts.push(lte(auditLog.at, new Date(q.to)));
  return parts.length ? and(...parts) : undefined;
}

export async function listAudit(db: Db, q: AuditQuery) {
  const where = filters(q);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Reads the chain in id order, a batch at a time, and stops at the first broken link. */
export async function verifyAuditChain(db: Db, batchSize = 2000) {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, lastId))
      .orderBy(asc(auditLog.id))
      .limit(batchSize);
    if (rows.length === 0) return { ok: true, checked, firstBadId: null, reason: null };
    for (const row of rows) {
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          checked,
          firstBadId: row.id,
          reason: '与前一条记录的链接断开（前面的记录被删除或修改）/ link to the previous entry is broken',
        };
      }
      const expected = auditHash(prevHash, row);
      if (expected !== row.hash) {
        return {
          ok: false,
          checked,
          firstBadId: row.id,
          reason: '记录内容与哈希不符（该记录被修改）/ content does not match its hash (entry edited)',
        };
      }
      prevHash = row.hash;
      lastId = row.id;
      checked++;
    }
  }
}
