import { makeCreditCode } from '@bianping/core/registry/credit-code';
import type { Database } from '../db/client.ts';
import { headcounts, quotaChanges, regions, units } from '../db/schema/index.ts';

let serial = 0;

export async function buildRegion(database: Database, overrides: Partial<typeof regions.$inferInsert> = {}) {
  serial++;
  const [row] = await database.db
    .insert(regions)
    .values({ code: String(880000 + serial), name: `测试县${serial}`, level: 'county', ...overrides })
    .returning();
  if (!row) throw new Error('region insert failed');
  return row;
}

/** A unit with a quota and headcount of one staffing type (defaults: 公益一类, 20 approved, 18 actual). */
export async function buildUnit(
  database: Database,
  regionId: string,
  overrides: Partial<typeof units.$inferInsert> & { quota?: number; headcount?: number } = {},
) {
  serial++;
  const { quota = 20, headcount = 18, ...fields } = overrides;
  const [row] = await database.db
    .insert(units)
    .values({
      regionId,
      name: `测试单位${serial}`,
      creditCode: makeCreditCode('12', '880000', String(20_000_000 + serial)),
      kind: 'publicWelfare1',
      category: 'general',
      system: 'government',
      rank: 'deputySection',
      fundingForm: 'full',
      ...fields,
    })
    .returning();
  if (!row) throw new Error('unit insert failed');
  await database.db.insert(quotaChanges).values({
    unitId: row.id,
    staffingType: 'institutional',
    fundingForm: 'full',
    delta: quota,
    effectiveOn: '2020-01-01',
    docNo: '测编〔2020〕1号',
  });
  await database.db
    .insert(headcounts)
    .values({ unitId: row.id, staffingType: 'institutional', count: headcount, asOf: '2026-10-31' });
  return row;
}
