import { AppError, ErrorCode, notFound, staleVersion } from '@bianping/core/errors';
import type {
  HeadcountsInputSchema,
  LeaderPostsInputSchema,
  QuotaChangeInputSchema,
  UnitUpdateInput,
} from '@bianping/core/registry';
import { validateCreditCode } from '@bianping/core/registry/credit-code';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { headcounts, leaderPosts, quotaChanges, units } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { AuditActor } from '../audit/audit-actor.ts';
import { isInScope, type UnitScope } from './registry.policy.ts';
import { isBelowUnit } from './registry.queries.ts';
import { findUnit } from './unit-detail.queries.ts';

const unitLabel = { zh: '单位', en: 'Unit' };

/**
 * Every edit of a unit's registry data goes through the unit's version: the edit states the
 * version it was made on, the version is bumped in the same transaction, and a stale edit is
 * refused with the current version instead of silently overwriting someone else's change.
 */
export async function editUnit<T>(
  db: Db,
  unitId: string,
  version: number,
  actor: AuditActor,
  action: string,
  change: (tx: Db) => Promise<{ before: unknown; after: unknown; result: T }>,
): Promise<T> {
  const current = await findUnit(db, unitId);
  if (!current) throw notFound(unitLabel);
  if (current.version !== version) throw staleVersion(current.version);
  return db.transaction(async (tx) => {
    const [bumped] = await tx
      .update(units)
      .set({ version: sql`${units.version} + 1`, updatedAt: new Date() })
      .where(and(eq(units.id, unitId), eq(units.version, version)))
      .returning({ version: units.version });
    if (!bumped) throw staleVersion(current.version);
    const { before, after, result } = await change(tx);
    await appendAudit(tx, { ...actor, action, entityType: 'unit', entityId: unitId, before, after });
    return result;
  });
}

const invalid = (field: string, zh: string, en: string) =>
  new AppError(ErrorCode.Validation, { zh, en }, field);

/**
 * 主管部门 must be another unit the editor may edit, and not one below the unit: a unit under
 * its own subordinate would make the tree a loop.
 */
async function checkParent(db: Db, unitId: string, parentId: string, scope: UnitScope) {
  if (parentId === unitId)
    throw invalid('parentUnitId', '主管部门不能是单位本身', 'A unit cannot supervise itself');
  const parent = await findUnit(db, parentId);
  if (!parent || !isInScope(scope, parent)) {
    throw invalid(
      'parentUnitId',
      '主管部门不存在或不在您的管辖范围内',
      'The supervising unit does not exist or is outside your scope',
    );
  }
  if (await isBelowUnit(db, parentId, unitId)) {
    throw invalid(
      'parentUnitId',
      `“${parent.name}”是本单位的下属单位，不能作为主管部门`,
      `${parent.name} is below this unit and cannot supervise it`,
    );
  }
}

/** Basic fields; `scope` is where the editor may reach, for the choice of 主管部门. */
export async function updateUnit(
  db: Db,
  unitId: string,
  input: UnitUpdateInput,
  actor: AuditActor,
  scope: UnitScope,
) {
  const { version, ...fields } = input;
  if (fields.creditCode) {
    const problem = validateCreditCode(fields.creditCode);
    if (problem) throw new AppError(ErrorCode.Validation, problem, 'creditCode');
  }
  if (fields.parentUnitId) await checkParent(db, unitId, fields.parentUnitId, scope);
  const stored = await findUnit(db, unitId);
  const foundedOn = fields.foundedOn === undefined ? stored?.foundedOn : fields.foundedOn;
  const endedOn = fields.endedOn === undefined ? stored?.endedOn : fields.endedOn;
  if (foundedOn && endedOn && foundedOn > endedOn) {
    throw invalid(
      fields.foundedOn === undefined ? 'endedOn' : 'foundedOn',
      `成立日期 ${foundedOn} 晚于撤并日期 ${endedOn}`,
      `Founded on ${foundedOn}, after it ended on ${endedOn}`,
    );
  }
  return editUnit(db, unitId, version, actor, 'unit.update', async (tx) => {
    const before = await findUnit(tx, unitId);
    const [after] = await tx.update(units).set(fields).where(eq(units.id, unitId)).returning();
    const changed = Object.fromEntries(
      Object.keys(fields).map((k) => [k, (before as Record<string, unknown> | null)?.[k]]),
    );
    return { before: changed, after: fields, result: after };
  });
}

/** Appends a document-backed change to the quota ledger; the ledger is never edited. */
export async function addQuotaChange(
  db: Db,
  unitId: string,
  input: z.infer<typeof QuotaChangeInputSchema>,
  actor: AuditActor,
) {
  const { version, ...change } = input;
  return editUnit(db, unitId, version, actor, 'unit.quota.change', async (tx) => {
    const [{ current = 0 } = {}] = await tx
      .select({ current: sql<number>`coalesce(sum(${quotaChanges.delta}), 0)`.mapWith(Number) })
      .from(quotaChanges)
      .where(
        and(
          eq(quotaChanges.unitId, unitId),
          eq(quotaChanges.staffingType, change.staffingType),
          eq(quotaChanges.fundingForm, change.fundingForm),
        ),
      );
    if (current + change.delta < 0) {
      throw new AppError(
        ErrorCode.Validation,
        {
          zh: `核减后编制数为负：现有 ${current} 名，核减 ${-change.delta} 名`,
          en: `The quota would become negative: ${current} now, ${-change.delta} removed`,
        },
        'delta',
      );
    }
    const [row] = await tx
      .insert(quotaChanges)
      .values({ unitId, ...change })
      .returning();
    return { before: { quota: current }, after: { ...change, quota: current + change.delta }, result: row };
  });
}

export async function setHeadcounts(
  db: Db,
  unitId: string,
  input: z.infer<typeof HeadcountsInputSchema>,
  actor: AuditActor,
  asOf: string,
) {
  return editUnit(db, unitId, input.version, actor, 'unit.headcounts.set', async (tx) => {
    const before = await tx.select().from(headcounts).where(eq(headcounts.unitId, unitId));
    for (const h of input.headcounts) {
      await tx
        .insert(headcounts)
        .values({ unitId, staffingType: h.staffingType, count: h.count, asOf })
        .onConflictDoUpdate({
          target: [headcounts.unitId, headcounts.staffingType],
          set: { count: h.count, asOf },
        });
    }
    return { before, after: input.headcounts, result: null };
  });
}

export async function setLeaderPosts(
  db: Db,
  unitId: string,
  input: z.infer<typeof LeaderPostsInputSchema>,
  actor: AuditActor,
) {
  return editUnit(db, unitId, input.version, actor, 'unit.leaderPosts.set', async (tx) => {
    const before = await tx.select().from(leaderPosts).where(eq(leaderPosts.unitId, unitId));
    for (const p of input.posts) {
      await tx
        .insert(leaderPosts)
        .values({ unitId, ...p })
        .onConflictDoUpdate({
          target: [leaderPosts.unitId, leaderPosts.level],
          set: { approved: p.approved, actual: p.actual },
        });
    }
    return { before, after: input.posts, result: null };
  });
}
