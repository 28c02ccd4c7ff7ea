import { AppError, ErrorCode } from '@bianping/core/errors';
import { type UnitCategory, unitCategories } from '@bianping/core/registry/vocabulary';
import type { WorkloadYearInputSchema } from '@bianping/core/registry/workload';
import {
  isMeasureAllowed,
  measuresForCategory,
  undefinedMeasureMessage,
} from '@bianping/core/registry/workload-measures';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { workloads } from '../../db/schema/index.ts';
import type { AuditActor } from '../audit/audit-actor.ts';
import { editUnit } from './unit-edits.service.ts';
import { listMeasureRules } from './workload-measures.queries.ts';

type Input = z.infer<typeof WorkloadYearInputSchema>;

/**
 * Refuses a value under a measure the unit's category does not define. Clearing a figure is
 * always allowed, so figures loaded before the definitions can still be removed.
 */
async function assertMeasuresDefined(db: Db, category: UnitCategory, values: Input['values']) {
  const rules = await listMeasureRules(db);
  const index = values.findIndex((v) => v.value !== null && !isMeasureAllowed(rules, category, v.measure));
  const refused = values[index];
  if (!refused) return;
  throw new AppError(
    ErrorCode.Validation,
    undefinedMeasureMessage(
      refused.measure,
      unitCategories.labels[category],
      measuresForCategory(rules, category).map((d) => d.name),
    ),
    `values.${index}.measure`,
  );
}

/**
 * Sets or clears a unit's workload figures of one year, as one versioned edit of the unit; the
 * audit entry holds the figures before and after.
 */
export async function setYearWorkload(
  db: Db,
  unit: { id: string; category: string },
  year: number,
  input: Input,
  actor: AuditActor,
) {
  await assertMeasuresDefined(db, unit.category as UnitCategory, input.values);
  const measures = input.values.map((v) => v.measure);
  return editUnit(db, unit.id, input.version, actor, 'unit.workload.set', async (tx) => {
    const ofYear = and(
      eq(workloads.unitId, unit.id),
      eq(workloads.year, year),
      inArray(workloads.measure, measures),
    );
    const before = await tx
      .select({ measure: workloads.measure, value: workloads.value })
      .from(workloads)
      .where(ofYear);
    await tx.delete(workloads).where(ofYear);
    const kept = input.values.flatMap((v) =>
      v.value === null ? [] : [{ measure: v.measure, value: v.value }],
    );
    if (kept.length) await tx.insert(workloads).values(kept.map((v) => ({ unitId: unit.id, year, ...v })));
    return { before: { year, values: before }, after: { year, values: kept }, result: null };
  });
}
