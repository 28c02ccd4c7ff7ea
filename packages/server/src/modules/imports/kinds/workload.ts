import type { ParsedRow } from '@bianping/core/imports/parse-sheet';
import type { AnyImportTemplate } from '@bianping/core/imports/template-types';
import { type WorkloadImportRow, workloadTemplate } from '@bianping/core/imports/templates';
import { unitCategories } from '@bianping/core/registry/vocabulary';
import {
  isMeasureAllowed,
  measuresForCategory,
  undefinedMeasureMessage,
} from '@bianping/core/registry/workload-measures';
import type { Db } from '../../../db/client.ts';
import { listMeasureRules } from '../../registry/workload-measures.queries.ts';
import { countUnitsWithoutCreditCode, type UnitRef } from '../imports.queries.ts';
import { type ImportHandler, type PlanContext, rowsWithUnits, Tally } from './kind.ts';
import {
  categoriesOf,
  currentWorkloads,
  listWorkloadsForExport,
  upsertWorkloads,
  type WorkloadRecord,
  workloadKey,
} from './workload.queries.ts';

/**
 * Rows whose measure the unit's category defines (工作量指标); any other is a problem at its
 * measure cell. The budget is always allowed, and so is every name while no measure is
 * defined at all, so a fresh system can load workload before setting up its measures.
 */
async function rowsWithDefinedMeasures<R extends { row: number; values: WorkloadImportRow; unit: UnitRef }>(
  ctx: PlanContext,
  rows: R[],
): Promise<R[]> {
  const rules = await listMeasureRules(ctx.db);
  if (rules.length === 0) return rows;
  const categories = await categoriesOf(
    ctx.db,
    rows.map((r) => r.unit.id),
  );
  return rows.filter(({ row, values, unit }) => {
    const category = categories.get(unit.id);
    if (!category || isMeasureAllowed(rules, category, values.measure)) return true;
    const allowed = measuresForCategory(rules, category).map((d) => d.name);
    ctx.problem(
      row,
      'measure',
      undefinedMeasureMessage(values.measure, unitCategories.labels[category], allowed),
    );
    return false;
  });
}

/** 工作量: one value per unit × year × measure, upserted. */
async function plan(ctx: PlanContext, rows: ParsedRow<WorkloadImportRow>[]) {
  const resolved = await rowsWithDefinedMeasures(ctx, await rowsWithUnits(ctx, rows));
  const stored = await currentWorkloads(
    ctx.db,
    resolved.map((r) => r.unit.id),
  );
  const tally = new Tally();
  const writes: WorkloadRecord[] = [];
  for (const { values, unit } of resolved) {
    const before = stored.get(workloadKey(unit.id, values.year, values.measure));
    const changed = before?.value !== values.value;
    tally.add(!before ? 'create' : changed ? 'update' : 'unchanged');
    if (changed)
      writes.push({ unitId: unit.id, year: values.year, measure: values.measure, value: values.value });
  }
  return { summary: tally.summary, apply: (tx: Db) => upsertWorkloads(tx, writes) };
}

export const workloadImport: ImportHandler<WorkloadImportRow> = {
  template: workloadTemplate as unknown as AnyImportTemplate,
  plan,
  async exportData(db, regionIds) {
    const rows = await listWorkloadsForExport(db, regionIds);
    return {
      omittedUnits: await countUnitsWithoutCreditCode(db, regionIds),
      rows: rows.map(
        (r): WorkloadImportRow => ({
          creditCode: r.creditCode as string,
          unitName: r.unitName,
          year: r.workload.year,
          measure: r.workload.measure,
          value: r.workload.value,
        }),
      ),
    };
  },
};
