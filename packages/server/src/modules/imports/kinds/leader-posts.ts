import type { ParsedRow } from '@bianping/core/imports/parse-sheet';
import type { AnyImportTemplate } from '@bianping/core/imports/template-types';
import { type LeaderPostImportRow, leaderPostsTemplate } from '@bianping/core/imports/templates';
import type { Db } from '../../../db/client.ts';
import { bumpUnitVersions, countUnitsWithoutCreditCode } from '../imports.queries.ts';
import { type ImportHandler, type PlanContext, rowsWithUnits, stated, Tally } from './kind.ts';
import {
  currentLeaderPosts,
  type LeaderPostRecord,
  leaderPostKey,
  listLeaderPostsForExport,
  upsertLeaderPosts,
} from './leader-posts.queries.ts';

/** 领导职数: approved (and, without staff records, actual) posts per unit × level, upserted. */
async function plan(ctx: PlanContext, rows: ParsedRow<LeaderPostImportRow>[]) {
  const resolved = await rowsWithUnits(ctx, rows);
  const stored = await currentLeaderPosts(
    ctx.db,
    resolved.map((r) => r.unit.id),
  );
  const tally = new Tally();
  const writes: LeaderPostRecord[] = [];
  for (const { values, unit } of resolved) {
    const before = stored.get(leaderPostKey(unit.id, values.level));
    const record = {
      unitId: unit.id,
      level: values.level,
      approved: values.approved,
      actual: stated(ctx.present, 'actual', values.actual, before?.actual ?? null),
    };
    const changed = !before || before.approved !== record.approved || before.actual !== record.actual;
    tally.add(!before ? 'create' : changed ? 'update' : 'unchanged');
    if (changed) writes.push(record);
  }
  return {
    summary: tally.summary,
    apply: async (tx: Db) => {
      await upsertLeaderPosts(tx, writes);
      await bumpUnitVersions(
        tx,
        writes.map((w) => w.unitId),
      );
    },
  };
}

export const leaderPostsImport: ImportHandler<LeaderPostImportRow> = {
  template: leaderPostsTemplate as unknown as AnyImportTemplate,
  plan,
  async exportData(db, regionIds) {
    const rows = await listLeaderPostsForExport(db, regionIds);
    return {
      omittedUnits: await countUnitsWithoutCreditCode(db, regionIds),
      rows: rows.map(
        (r): LeaderPostImportRow => ({
          creditCode: r.creditCode as string,
          unitName: r.unitName,
          level: r.post.level as never,
          approved: r.post.approved,
          actual: r.post.actual,
        }),
      ),
    };
  },
};
