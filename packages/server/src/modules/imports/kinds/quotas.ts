import type { ParsedRow } from '@bianping/core/imports/parse-sheet';
import type { AnyImportTemplate } from '@bianping/core/imports/template-types';
import { type QuotaImportRow, quotasTemplate } from '@bianping/core/imports/templates';
import type { Db } from '../../../db/client.ts';
import { bumpUnitVersions, countUnitsWithoutCreditCode, type UnitRef } from '../imports.queries.ts';
import { type ImportHandler, type PlanContext, rowsWithUnits, Tally } from './kind.ts';
import {
  appendQuotaDifferences,
  currentHeadcounts,
  currentQuotas,
  type HeadcountTarget,
  listQuotasForExport,
  type QuotaTarget,
  quotaKey,
  upsertHeadcounts,
} from './quotas.queries.ts';

/**
 * 编制与实有: a row states the current approved quota of one unit × staffing type × funding form.
 * Where it differs from the ledger, the difference is appended as a document-backed change (the
 * ledger is never edited); the headcount of the staffing type is set. Combinations the file does
 * not mention are left alone.
 */

type Resolved = { row: number; values: QuotaImportRow; unit: UnitRef };
type HeadcountGroup = { row: number; count: number; asOf: string | null };

const typeKey = (unitId: string, staffingType: string) => `${unitId}|${staffingType}`;

/** The stated headcount of each unit × staffing type; rows that disagree are reported. */
function collectHeadcounts(ctx: PlanContext, rows: Resolved[], bad: Set<number>) {
  const groups = new Map<string, HeadcountGroup>();
  if (!ctx.present.has('headcount')) return groups;
  for (const { row, values, unit } of rows) {
    if (values.headcount === null) continue;
    const key = typeKey(unit.id, values.staffingType);
    const first = groups.get(key);
    if (!first) {
      groups.set(key, { row, count: values.headcount, asOf: values.headcountAsOf });
    } else if (first.count !== values.headcount) {
      bad.add(row);
      ctx.problem(row, 'headcount', {
        zh: `同一单位同一编制类型的实有人数须相同（第 ${first.row} 行为 ${first.count}）`,
        en: `Rows of one unit and staffing type must state the same headcount (row ${first.row} says ${first.count})`,
      });
    }
  }
  return groups;
}

async function plan(ctx: PlanContext, rows: ParsedRow<QuotaImportRow>[]) {
  const resolved: Resolved[] = await rowsWithUnits(ctx, rows);
  const unitIds = resolved.map((r) => r.unit.id);
  const quotas = await currentQuotas(ctx.db, unitIds);
  const heads = await currentHeadcounts(ctx.db, unitIds);
  const bad = new Set<number>();
  const groups = collectHeadcounts(ctx, resolved, bad);

  const tally = new Tally();
  const quotaTargets: QuotaTarget[] = [];
  const headTargets: HeadcountTarget[] = [];
  const changedUnits = new Set<string>();
  for (const { row, values, unit } of resolved) {
    if (bad.has(row)) continue;
    const key = { unitId: unit.id, staffingType: values.staffingType, fundingForm: values.fundingForm };
    const current = quotas.get(quotaKey(key));
    const quotaChanged = values.quota !== (current ?? 0);
    if (quotaChanged && !values.docNo) {
      ctx.problem(row, ctx.present.has('docNo') ? 'docNo' : 'quota', {
        zh: `核定编制数与台账不同（台账 ${current ?? 0}，文件 ${values.quota}），须填写批准文号`,
        en: `The quota differs from the registry (${current ?? 0} there, ${values.quota} here); give the document number`,
      });
      continue;
    }
    if (quotaChanged) {
      quotaTargets.push({
        ...key,
        quota: values.quota,
        effectiveOn: values.approvedOn ?? ctx.today,
        docNo: values.docNo as string,
        note: values.note,
      });
    }
    const group = groups.get(typeKey(unit.id, values.staffingType));
    const stored = heads.get(typeKey(unit.id, values.staffingType));
    const headChanged =
      group?.row === row &&
      (!stored || stored.count !== group.count || (group.asOf !== null && group.asOf !== stored.asOf));
    if (headChanged && group) {
      const asOf = group.asOf ?? (stored?.count === group.count ? stored.asOf : ctx.today);
      headTargets.push({ unitId: unit.id, staffingType: values.staffingType, count: group.count, asOf });
    }
    if (quotaChanged || headChanged) changedUnits.add(unit.id);
    tally.add(!quotaChanged && !headChanged ? 'unchanged' : current === undefined ? 'create' : 'update');
  }
  return {
    summary: tally.summary,
    apply: async (tx: Db) => {
      await appendQuotaDifferences(tx, quotaTargets);
      await upsertHeadcounts(tx, headTargets);
      await bumpUnitVersions(tx, changedUnits);
    },
  };
}

export const quotasImport: ImportHandler<QuotaImportRow> = {
  template: quotasTemplate as unknown as AnyImportTemplate,
  plan,
  async exportData(db, regionIds) {
    const rows = await listQuotasForExport(db, regionIds);
    return {
      omittedUnits: await countUnitsWithoutCreditCode(db, regionIds),
      // The change columns describe a change being made; the export leaves them empty.
      rows: rows.map(
        (r): QuotaImportRow => ({
          creditCode: r.creditCode,
          unitName: r.unitName,
          staffingType: r.staffingType as never,
          fundingForm: r.fundingForm as never,
          quota: Number(r.quota),
          headcount: r.headcount === null ? null : Number(r.headcount),
          headcountAsOf: r.headcountAsOf,
          docNo: null,
          approvedOn: null,
          note: null,
        }),
      ),
    };
  },
};
