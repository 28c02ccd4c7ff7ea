import type { ParsedRow } from '@bianping/core/imports/parse-sheet';
import type { AnyImportTemplate } from '@bianping/core/imports/template-types';
import { type PeerImportRow, peersTemplate } from '@bianping/core/imports/templates';
import type { Db } from '../../../db/client.ts';
import { type ImportHandler, type PlanContext, Tally } from './kind.ts';
import { currentPeers, listPeersForExport, type PeerRecord, peerKey, upsertPeers } from './peers.queries.ts';

/**
 * 同类机构对比: peers are upserted by region name, name and year. Each workload measure is a
 * column `工作量:<measure>`: a measure column the file has sets (or, empty, removes) the measure;
 * measures without a column are kept.
 */

const sameWorkload = (a: Record<string, number>, b: Record<string, number>) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

async function plan(ctx: PlanContext, rows: ParsedRow<PeerImportRow>[], measures: string[]) {
  const stored = await currentPeers(
    ctx.db,
    rows.map((r) => r.values.regionName),
  );
  const tally = new Tally();
  const writes: PeerRecord[] = [];
  for (const { values } of rows) {
    const before = stored.get(peerKey(values));
    const workload: Record<string, number> = {};
    for (const [k, v] of Object.entries(before?.workload ?? {})) if (!measures.includes(k)) workload[k] = v;
    Object.assign(workload, values.workload);
    const record: PeerRecord = {
      regionName: values.regionName,
      name: values.name,
      category: values.category,
      kind: values.kind,
      year: values.year,
      quota: values.quota,
      headcount: values.headcount,
      workload,
    };
    const changed =
      !before ||
      before.category !== record.category ||
      before.kind !== record.kind ||
      before.quota !== record.quota ||
      before.headcount !== record.headcount ||
      !sameWorkload(before.workload, workload);
    tally.add(!before ? 'create' : changed ? 'update' : 'unchanged');
    if (changed) writes.push(record);
  }
  return { summary: tally.summary, apply: (tx: Db) => upsertPeers(tx, writes) };
}

export const peersImport: ImportHandler<PeerImportRow> = {
  template: peersTemplate as unknown as AnyImportTemplate,
  plan: (ctx, rows) => plan(ctx, rows, ctx.dynamicNames),
  async exportData(db) {
    const rows = await listPeersForExport(db);
    const names = new Set(rows.flatMap((r) => Object.keys(r.workload as object)));
    return {
      dynamicNames: [...names].sort((a, b) => a.localeCompare(b, 'zh')),
      rows: rows.map(
        (r): PeerImportRow => ({
          regionName: r.regionName,
          name: r.name,
          category: r.category as never,
          kind: r.kind as never,
          year: r.year,
          quota: r.quota,
          headcount: r.headcount,
          workload: r.workload as Record<string, number>,
        }),
      ),
    };
  },
};
