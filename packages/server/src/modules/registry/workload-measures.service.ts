import { AppError, ErrorCode, notFound, staleVersion } from '@bianping/core/errors';
import { unitCategories } from '@bianping/core/registry/vocabulary';
import type {
  WorkloadMeasureInputSchema,
  WorkloadMeasureUpdateSchema,
} from '@bianping/core/registry/workload';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { workloadMeasures } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { AuditActor } from '../audit/audit-actor.ts';
import {
  countRowsInUse,
  findMeasure,
  findMeasureByName,
  type MeasureRow,
} from './workload-measures.queries.ts';

/**
 * 工作量指标: officers define the measures each category reports. Workload rows name a measure
 * by its name, so a definition in use keeps its name and cannot be deleted; it may only be
 * widened to every category, which still covers its rows.
 */

const measureLabel = { zh: '工作量指标', en: 'Workload measure' };
const entity = (id: string) => ({ entityType: 'workloadMeasure', entityId: id });

const scopeText = (category: string | null) =>
  category === null
    ? { zh: '全部类别', en: 'all categories' }
    : unitCategories.labels[category as keyof typeof unitCategories.labels];

async function assertNameFree(db: Db, category: string | null, name: string, id?: string) {
  const taken = await findMeasureByName(db, category, name);
  if (taken && taken.id !== id) {
    const scope = scopeText(category);
    throw new AppError(
      ErrorCode.Conflict,
      {
        zh: `“${scope.zh}”下已有名为“${name}”的工作量指标`,
        en: `A workload measure named "${name}" already exists for ${scope.en}`,
      },
      'name',
    );
  }
}

export async function createMeasure(
  db: Db,
  input: z.infer<typeof WorkloadMeasureInputSchema>,
  actor: AuditActor,
) {
  await assertNameFree(db, input.category, input.name);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(workloadMeasures).values(input).returning();
    if (!row) throw new Error('measure insert failed');
    await appendAudit(tx, { ...actor, action: 'workloadMeasure.create', ...entity(row.id), after: row });
    return row;
  });
}

function assertKeepsRows(before: MeasureRow, next: { name: string; category: string | null }, rows: number) {
  if (rows === 0) return;
  const renamed = next.name !== before.name;
  const narrowed = next.category !== before.category && next.category !== null;
  if (!renamed && !narrowed) return;
  throw new AppError(
    ErrorCode.Conflict,
    {
      zh: `指标“${before.name}”已有 ${rows} 条工作量数据，不能${renamed ? '改名' : '改为其他类别'}；可修改计量单位、说明和排序，或改为“全部类别”`,
      en: `The measure "${before.name}" has ${rows} workload figures, so it cannot be ${renamed ? 'renamed' : 'moved to another category'}; its unit, description and order can change, or it can apply to all categories`,
    },
    renamed ? 'name' : 'category',
  );
}

export async function updateMeasure(
  db: Db,
  id: string,
  input: z.infer<typeof WorkloadMeasureUpdateSchema>,
  actor: AuditActor,
) {
  const before = await findMeasure(db, id);
  if (!before) throw notFound(measureLabel);
  if (before.version !== input.version) throw staleVersion(before.version);
  const { version, ...fields } = input;
  const next = { name: fields.name ?? before.name, category: fields.category ?? before.category };
  if (fields.category === null) next.category = null;
  if (next.name !== before.name || next.category !== before.category)
    await assertNameFree(db, next.category, next.name, id);
  return db.transaction(async (tx) => {
    // Counted inside the transaction, so figures entered meanwhile are not orphaned.
    assertKeepsRows(before, next, await countRowsInUse(tx, before));
    const [after] = await tx
      .update(workloadMeasures)
      .set({ ...fields, version: sql`${workloadMeasures.version} + 1` })
      .where(and(eq(workloadMeasures.id, id), eq(workloadMeasures.version, version)))
      .returning();
    if (!after) throw staleVersion(before.version);
    await appendAudit(tx, { ...actor, action: 'workloadMeasure.update', ...entity(id), before, after });
    return after;
  });
}

/** Deletes an unused definition; one that workload rows use is refused with their number. */
export async function deleteMeasure(db: Db, id: string, version: number, actor: AuditActor) {
  const before = await findMeasure(db, id);
  if (!before) throw notFound(measureLabel);
  if (before.version !== version) throw staleVersion(before.version);
  await db.transaction(async (tx) => {
    const rows = await countRowsInUse(tx, before);
    if (rows > 0) {
      throw new AppError(ErrorCode.Conflict, {
        zh: `指标“${before.name}”已有 ${rows} 条工作量数据，不能删除；请先在单位的工作量中清除这些数据`,
        en: `The measure "${before.name}" has ${rows} workload figures and cannot be deleted; clear them from the units' workload first`,
      });
    }
    const [gone] = await tx
      .delete(workloadMeasures)
      .where(and(eq(workloadMeasures.id, id), eq(workloadMeasures.version, version)))
      .returning({ id: workloadMeasures.id });
    if (!gone) throw staleVersion(before.version);
    await appendAudit(tx, { ...actor, action: 'workloadMeasure.delete', ...entity(id), before });
  });
}
