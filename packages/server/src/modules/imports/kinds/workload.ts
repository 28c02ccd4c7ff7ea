import type { ParsedRow } from '@bianping/core/imports/parse-sheet';
import type { AnyImportTemplate } from '@bianping/core/imports/template-types';
import { type WorkloadImportRow, workloadTemplate } from '@bianping/core/imports/templates';
import type { Db } from '../../../db/client.ts';
import { countUnitsWithoutCreditCode } from '../imports.queries.ts';
import { type ImportHandler, type PlanContext, rowsWithUnits, Tally } from './kind.ts';
import {
  currentWorkloads,
  listWorkloadsForExport,
  upsertWorkloads,
  type WorkloadRecord,
  workloadKey,
} from './workload.queries.ts';

/** 工作量: one value per unit × year × measure, upserted. */
async function plan(ctx: PlanContext, rows: ParsedRow<WorkloadImportRow>[]) {
  const resolved = await rowsWithUnits(ctx, rows);
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
