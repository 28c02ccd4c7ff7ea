import type {
  ExpertConflictsInput,
  ExpertCreateInput,
  ExpertUpdateInput,
} from '@bianping/core/campaigns/api';
import { AppError, ErrorCode, notFound, staleVersion } from '@bianping/core/errors';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { experts, units, users } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { Caller } from './campaign-edit.ts';
import {
  type ExpertFields,
  findExpert,
  getExpert,
  insertExpert,
  replaceConflicts,
  updateExpert,
} from './experts.queries.ts';

/**
 * 专家库: the pool teams are drawn from. The pool is shared by the installation (a city lends
 * experts to its counties); an expert may have an account (evaluator or expert role), through
 * which they later see the campaigns whose teams name them.
 */

const expertNotFound = () => notFound({ zh: '专家', en: 'Expert' });

const audit = (tx: Db, caller: Caller, action: string, entityId: string, before: unknown, after: unknown) =>
  appendAudit(tx, { ...caller.actor, action, entityType: 'expert', entityId, before, after });

/** Refuses an unknown employer or account, or an account already linked to another expert. */
async function assertLinks(db: Db, fields: Partial<ExpertFields>, selfId?: string) {
  if (fields.employerUnitId) {
    const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.id, fields.employerUnitId));
    if (!unit) throw notFound({ zh: '工作单位', en: 'Employer unit' }, 'employerUnitId');
  }
  if (fields.userId) {
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, fields.userId));
    if (!user) throw notFound({ zh: '用户账号', en: 'User account' }, 'userId');
    const [other] = await db
      .select({ id: experts.id })
      .from(experts)
      .where(eq(experts.userId, fields.userId));
    if (other && other.id !== selfId) {
      throw new AppError(
        ErrorCode.Conflict,
        { zh: '该账号已关联其他专家', en: 'This account is already linked to another expert' },
        'userId',
      );
    }
  }
}

export async function createExpert(db: Db, caller: Caller, input: ExpertCreateInput): Promise<string> {
  await assertLinks(db, input);
  return db.transaction(async (tx) => {
    const id = await insertExpert(tx, input);
    await audit(tx, caller, 'expert.create', id, null, input);
    return id;
  });
}

async function lockExpert(tx: Db, id: string, version: number) {
  const row = await findExpert(tx, id, { lock: true });
  if (!row) throw expertNotFound();
  if (row.version !== version) throw staleVersion(row.version);
  return row;
}

export async function editExpert(db: Db, caller: Caller, id: string, input: ExpertUpdateInput) {
  const { version, ...patch } = input;
  const changes = Object.fromEntries(
    Object.entries(patch).filter(([, v]) => v !== undefined),
  ) as Partial<ExpertFields>;
  await assertLinks(db, changes, id);
  await db.transaction(async (tx) => {
    const row = await lockExpert(tx, id, version);
    await updateExpert(tx, id, changes);
    const before = Object.fromEntries(Object.keys(changes).map((k) => [k, row[k as keyof typeof row]]));
    await audit(tx, caller, 'expert.update', id, before, changes);
  });
}

/** Replaces the declared conflicts of interest; bumps the expert's version. */
export async function setExpertConflicts(db: Db, caller: Caller, id: string, input: ExpertConflictsInput) {
  const ids = input.conflicts.map((c) => c.unitId);
  if (ids.length) {
    const found = await db.select({ id: units.id }).from(units).where(inArray(units.id, ids));
    if (found.length !== ids.length) throw notFound({ zh: '冲突单位', en: 'Conflict unit' }, 'conflicts');
  }
  await db.transaction(async (tx) => {
    await lockExpert(tx, id, input.version);
    const before = (await getExpert(tx, id))?.conflicts.map(({ unitId, reason }) => ({ unitId, reason }));
    await replaceConflicts(tx, id, input.conflicts);
    await updateExpert(tx, id, {});
    await audit(tx, caller, 'expert.conflicts', id, before, input.conflicts);
  });
}

export async function requireExpert(db: Db, id: string) {
  const expert = await getExpert(db, id);
  if (!expert) throw expertNotFound();
  return expert;
}
