import { randomUUID } from 'node:crypto';
import type { ParsedRow } from '@bianping/core/imports/parse-sheet';
import type { AnyImportTemplate } from '@bianping/core/imports/template-types';
import { type UnitImportRow, unitsTemplate } from '@bianping/core/imports/templates';
import type { Db } from '../../../db/client.ts';
import { isRegionInScope } from '../imports.policy.ts';
import {
  countUnitsWithoutCreditCode,
  findRegionsByCode,
  findUnitsWithoutCreditCode,
} from '../imports.queries.ts';
import { type ImportHandler, type PlanContext, stated, Tally } from './kind.ts';
import {
  findUnitRecords,
  listParentLinks,
  listUnitsForExport,
  type UnitRecord,
  UPDATED_BY_SHEET,
  upsertUnits,
} from './units.queries.ts';

/**
 * 单位基本信息: units are upserted by credit code. A new unit gets its id here, so that a child
 * in the same file can name it as 主管部门; writes go parents first.
 */

type Planned = { row: number; record: UnitRecord; isNew: boolean };

/** The record a row asks for; columns the file lacks keep the stored values. */
function desiredRecord(
  ctx: PlanContext,
  values: UnitImportRow,
  stored: UnitRecord | undefined,
  id: string,
  regionId: string,
  parentUnitId: string | null,
): UnitRecord {
  const keep = <K extends keyof UnitRecord>(
    key: K,
    sheetKey: string,
    value: UnitRecord[K],
    fallback: UnitRecord[K],
  ) => stated(ctx.present, sheetKey, value, stored ? stored[key] : fallback);
  return {
    id,
    creditCode: values.creditCode,
    regionId,
    name: values.name,
    shortName: keep('shortName', 'shortName', values.shortName, null),
    kind: values.kind,
    category: values.category,
    system: values.system,
    rank: values.rank,
    fundingForm: values.fundingForm,
    parentUnitId: keep('parentUnitId', 'parentCreditCode', parentUnitId, null),
    status: keep('status', 'status', values.status ?? 'active', 'active'),
    foundedOn: keep('foundedOn', 'foundedOn', values.foundedOn, null),
    endedOn: keep('endedOn', 'endedOn', values.endedOn, null),
    foundingDocNo: keep('foundingDocNo', 'foundingDocNo', values.foundingDocNo, null),
    internalBodiesApproved: keep(
      'internalBodiesApproved',
      'internalBodiesApproved',
      values.internalBodiesApproved,
      null,
    ),
    nonQuotaCap: keep('nonQuotaCap', 'nonQuotaCap', values.nonQuotaCap, null),
    nonQuotaHeadcount: keep('nonQuotaHeadcount', 'nonQuotaHeadcount', values.nonQuotaHeadcount, null),
  };
}

/** Units whose 主管部门 chain leads back to themselves once the file is applied. */
function findCycles(planned: Planned[], storedParents: Map<string, string>): Set<string> {
  const parentOf = new Map(storedParents);
  for (const p of planned) {
    if (p.record.parentUnitId) parentOf.set(p.record.id, p.record.parentUnitId);
    else parentOf.delete(p.record.id);
  }
  const cyclic = new Set<string>();
  for (const p of planned) {
    let at = parentOf.get(p.record.id);
    for (let steps = 0; at && steps <= parentOf.size; steps++) {
      if (at === p.record.id) {
        cyclic.add(at);
        break;
      }
      at = parentOf.get(at);
    }
  }
  return cyclic;
}

/** Parents before children: new units ordered by how many new ancestors they have. */
function parentsFirst(planned: Planned[]): UnitRecord[] {
  const byId = new Map(planned.map((p) => [p.record.id, p]));
  const depth = (p: Planned, seen = 0): number => {
    const parent = p.record.parentUnitId ? byId.get(p.record.parentUnitId) : undefined;
    return parent?.isNew && seen < planned.length ? 1 + depth(parent, seen + 1) : 0;
  };
  return planned
    .map((p) => ({ record: p.record, depth: depth(p) }))
    .sort((a, b) => a.depth - b.depth)
    .map((p) => p.record);
}

async function plan(ctx: PlanContext, rows: ParsedRow<UnitImportRow>[]) {
  const codes = rows.flatMap((r) => [r.values.creditCode, r.values.parentCreditCode ?? []].flat());
  const stored = await findUnitRecords(ctx.db, codes);
  const regionIds = await findRegionsByCode(
    ctx.db,
    rows.map((r) => r.values.regionCode),
  );
  const unnameable = await findUnitsWithoutCreditCode(
    ctx.db,
    [...stored.values()].flatMap((u) => (u.parentUnitId ? [u.parentUnitId] : [])),
  );
  const newIds = new Map<string, string>();
  for (const r of rows) if (!stored.has(r.values.creditCode)) newIds.set(r.values.creditCode, randomUUID());

  const planned: Planned[] = [];
  for (const { row, values } of rows) {
    const before = stored.get(values.creditCode);
    const regionId = regionIds.get(values.regionCode);
    let ok = true;
    if (!regionId) {
      ok = false;
      ctx.problem(row, 'regionCode', {
        zh: `区划代码 ${values.regionCode} 未在系统中登记`,
        en: `Region code ${values.regionCode} is not registered`,
      });
    } else if (!isRegionInScope(ctx.scope, regionId)) {
      ok = false;
      ctx.problem(row, 'regionCode', {
        zh: `区划 ${values.regionCode} 不在您的管辖范围内`,
        en: `Region ${values.regionCode} is outside your scope`,
      });
    }
    if (before && !isRegionInScope(ctx.scope, before.regionId)) {
      ok = false;
      ctx.problem(row, 'creditCode', {
        zh: '该统一社会信用代码已由您管辖范围以外的单位使用',
        en: 'This credit code belongs to a unit outside your scope',
      });
    }
    const parentCode = values.parentCreditCode;
    // A stored parent without a credit code shows as an empty cell; keep it rather than clear it.
    const keptParent =
      before?.parentUnitId && unnameable.has(before.parentUnitId) ? before.parentUnitId : null;
    const parentId = parentCode ? (stored.get(parentCode)?.id ?? newIds.get(parentCode) ?? null) : keptParent;
    if (parentCode && !parentId) {
      ok = false;
      ctx.problem(row, 'parentCreditCode', {
        zh: `主管部门未登记：统一社会信用代码 ${parentCode} 既不在台账中，也不在本文件中`,
        en: `Unknown parent: credit code ${parentCode} is neither in the registry nor in this file`,
      });
    }
    if (!ok || !regionId) continue;
    const id = before?.id ?? (newIds.get(values.creditCode) as string);
    planned.push({ row, record: desiredRecord(ctx, values, before, id, regionId, parentId), isNew: !before });
  }

  const anyParent = planned.some((p) => p.record.parentUnitId);
  const cyclic = anyParent ? findCycles(planned, await listParentLinks(ctx.db)) : new Set<string>();
  const tally = new Tally();
  const writes: Planned[] = [];
  for (const p of planned) {
    if (cyclic.has(p.record.id)) {
      ctx.problem(p.row, 'parentCreditCode', {
        zh: '主管部门关系形成循环（单位最终成为自己的上级）',
        en: 'The parent chain goes round in a circle',
      });
      continue;
    }
    const before = stored.get(p.record.creditCode as string);
    const changed = !before || UPDATED_BY_SHEET.some((k) => before[k] !== p.record[k]);
    tally.add(!before ? 'create' : changed ? 'update' : 'unchanged');
    if (changed) writes.push(p);
  }
  return {
    summary: tally.summary,
    apply: (tx: Db) => upsertUnits(tx, parentsFirst(writes)),
  };
}

export const unitsImport: ImportHandler<UnitImportRow> = {
  template: unitsTemplate as unknown as AnyImportTemplate,
  plan,
  async exportData(db, regionIds) {
    const rows = await listUnitsForExport(db, regionIds);
    return {
      omittedUnits: await countUnitsWithoutCreditCode(db, regionIds),
      rows: rows.map(
        ({ unit, regionCode, parentCreditCode }): UnitImportRow => ({
          creditCode: unit.creditCode as string,
          name: unit.name,
          shortName: unit.shortName,
          regionCode,
          kind: unit.kind as never,
          category: unit.category as never,
          system: unit.system as never,
          rank: unit.rank as never,
          fundingForm: unit.fundingForm as never,
          parentCreditCode,
          status: unit.status as never,
          foundedOn: unit.foundedOn,
          endedOn: unit.endedOn,
          foundingDocNo: unit.foundingDocNo,
          internalBodiesApproved: unit.internalBodiesApproved,
          nonQuotaCap: unit.nonQuotaCap,
          nonQuotaHeadcount: unit.nonQuotaHeadcount,
        }),
      ),
    };
  },
};
