import { makeCreditCode } from '@bianping/core/registry/credit-code';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../db/client.ts';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion, buildUnit } from '../../test/registry-builders.ts';
import { commit, download, importRows, preview, sheetOf } from './import-test-kit.ts';

let ctx: TestContext;
let officer: TestClient;
let county: { id: string; code: string };
let otherCounty: { id: string; code: string };

const code = (n: number) => makeCreditCode('12', '880000', String(30_000_000 + n));
const unitRow = (n: number, extra: Record<string, unknown> = {}) => ({
  creditCode: code(n),
  name: `导入测试单位${n}`,
  regionCode: county.code,
  kind: '公益一类事业单位',
  category: '卫健',
  system: '政府',
  rank: '副科',
  fundingForm: '全额拨款',
  ...extra,
});

const unitsTable = (db = ctx.database.db) =>
  selectRows(
    db,
    sql`select id, region_id, name, short_name, credit_code, kind, category, system, rank, funding_form,
               parent_unit_id, status, founded_on::text, ended_on::text, founding_doc_no,
               internal_bodies_approved, non_quota_cap, non_quota_headcount, version
        from units order by credit_code nulls first, id`,
  );

beforeAll(async () => {
  ctx = await createTestApp();
  const province = await buildRegion(ctx.database, { code: '880100', level: 'city' });
  county = await buildRegion(ctx.database, { code: '880101', parentId: province.id });
  otherCounty = await buildRegion(ctx.database, { code: '880102', parentId: province.id });
  officer = (await clientAs(ctx, { role: 'officer' })).client;
});
afterAll(() => ctx.close());

describe('units import', () => {
  it('creates units, parents first, then updates them by credit code', async () => {
    const first = await importRows(
      ctx.app,
      officer,
      'units',
      await sheetOf('units', [
        unitRow(2, { parentCreditCode: code(1), foundedOn: '2019-03-01', internalBodiesApproved: 4 }),
        unitRow(1, { kind: '行政机关', rank: '正科' }),
      ]),
    );
    expect(first.result).toMatchObject({ rows: 2, created: 2, updated: 0, unchanged: 0 });
    const [child] = await selectRows<{ parent: string; founded: string; bodies: number }>(
      ctx.database.db,
      sql`select p.name as parent, c.founded_on::text as founded, c.internal_bodies_approved as bodies
          from units c join units p on p.id = c.parent_unit_id where c.credit_code = ${code(2)}`,
    );
    expect(child).toEqual({ parent: '导入测试单位1', founded: '2019-03-01', bodies: 4 });

    // Without the optional columns the stored values stay; the name changes.
    const second = await importRows(
      ctx.app,
      officer,
      'units',
      await sheetOf(
        'units',
        [unitRow(2, { name: '导入测试单位二' }), unitRow(1, { kind: '行政机关', rank: '正科' })],
        ['parentCreditCode', 'foundedOn', 'internalBodiesApproved'],
      ),
    );
    expect(second.result).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const [renamed] = await selectRows<{ name: string; parent: string | null; version: number }>(
      ctx.database.db,
      sql`select name, parent_unit_id as parent, version from units where credit_code = ${code(2)}`,
    );
    expect(renamed).toMatchObject({ name: '导入测试单位二', version: 2, parent: expect.any(String) });
  });

  it('reports every bad cell with its row, column and header, and commits nothing', async () => {
    const before = await unitsTable();
    const bad = `${code(3).slice(0, 17)}${code(3).endsWith('0') ? '1' : '0'}`;
    const body = await sheetOf('units', [
      unitRow(3, { creditCode: bad }),
      unitRow(4, { regionCode: '889999' }),
      unitRow(5, { nonQuotaCap: -2, nonQuotaHeadcount: 1.5 }),
      unitRow(6, { kind: '公益三类' }),
      unitRow(7),
      unitRow(7, { name: '重复的单位' }),
      unitRow(8, { foundedOn: '2020-02-30' }),
    ]);
    const response = await preview(ctx.app, officer, 'units', body);
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result.rows).toBe(7);
    const where = result.errors.map((e: { row: number; column: string; header: string }) => [
      e.row,
      e.column,
      e.header,
    ]);
    expect(where).toEqual([
      [2, 'A', '统一社会信用代码'],
      [3, 'D', '区划代码'],
      [4, 'P', '编外用工控制数'],
      [4, 'Q', '编外实有人数'],
      [5, 'E', '单位性质'],
      [7, 'A', '统一社会信用代码'],
      [8, 'L', '设立时间'],
    ]);
    expect(result.errors[0]).toMatchObject({
      sheet: 'Sheet1',
      value: bad,
      message: { zh: expect.stringContaining('校验位'), en: expect.stringContaining('check') },
    });
    expect(result.errors[1].message.zh).toContain('889999 未在系统中登记');
    expect(result.errors[2].message.zh).toBe('不能为负数');
    expect(result.errors[3].message.en).toContain('fraction');
    expect(result.errors[4].message.zh).toContain('可选：行政机关');
    expect(result.errors[5].message.zh).toBe('与第 6 行重复（统一社会信用代码相同）');
    expect(result).toMatchObject({ errorCount: 7, summary: { create: 1 } });

    const refused = await commit(officer, 'units', result.uploadId);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'E_IMPORT',
      message: { zh: expect.stringContaining('7 处错误') },
      details: { errorCount: 7 },
    });
    expect(await unitsTable()).toEqual(before);
  });

  it('export → import changes nothing', async () => {
    await buildUnit(ctx.database, county.id, { shortName: '=危险公式', foundingDocNo: '-1号' });
    const before = await unitsTable();
    const exported = await download(officer, '/api/v1/imports/units/export');
    const { preview: p, result } = await importRows(ctx.app, officer, 'units', exported);
    expect(p.summary).toEqual({ create: 0, update: 0, unchanged: p.rows });
    expect(result).toMatchObject({ created: 0, updated: 0 });
    expect(await unitsTable()).toEqual(before);
  });

  it('an officer of another region cannot import units outside it', async () => {
    const { client } = await clientAs(ctx, { role: 'officer', scopeType: 'region', scopeId: otherCounty.id });
    const response = await preview(
      ctx.app,
      client,
      'units',
      await sheetOf('units', [unitRow(1), unitRow(20)]),
    );
    const result = response.json();
    expect(result.errors.map((e: { row: number; header: string }) => [e.row, e.header])).toEqual([
      [2, '统一社会信用代码'],
      [2, '区划代码'],
      [3, '区划代码'],
    ]);
    expect(result.errors[0].message.zh).toContain('管辖范围以外');
    expect(result.errors[2].message.zh).toContain('不在您的管辖范围内');
    // Its export holds only its own region (empty here).
    const exported = await download(client, '/api/v1/imports/units/export');
    expect(exported.length).toBeGreaterThan(0);
    const foreign = await client.get(`/api/v1/imports/units/export?regionId=${county.id}`);
    expect(foreign.statusCode).toBe(403);
  });

  it('a database failure in the middle of the commit writes nothing', async () => {
    const before = await unitsTable();
    const auditBefore = await selectRows(ctx.database.db, sql`select count(*)::int as n from audit_log`);
    await ctx.database.exec(`
      create function refuse_unit() returns trigger language plpgsql as $$
      begin raise exception 'disk full (simulated)'; end $$;
      create trigger refuse_unit before insert on units for each row
        when (new.name = '触发故障的单位') execute function refuse_unit();`);
    try {
      const rows = Array.from({ length: 1500 }, (_, i) => unitRow(100 + i));
      rows.push(unitRow(2000, { name: '触发故障的单位' }));
      const p = (await preview(ctx.app, officer, 'units', await sheetOf('units', rows))).json();
      expect(p.errorCount).toBe(0);
      const response = await commit(officer, 'units', p.uploadId);
      expect(response.statusCode).toBe(500);
      expect(response.json().code).toBe('E_INTERNAL');
    } finally {
      await ctx.database.exec('drop trigger refuse_unit on units; drop function refuse_unit();');
    }
    expect(await unitsTable()).toEqual(before);
    expect(await selectRows(ctx.database.db, sql`select count(*)::int as n from audit_log`)).toEqual(
      auditBefore,
    );
  });

  it('writes one audit entry per committed import', async () => {
    const { result } = await importRows(ctx.app, officer, 'units', await sheetOf('units', [unitRow(50)]));
    const [entry] = await selectRows<{ action: string; entity_id: string; after: Record<string, unknown> }>(
      ctx.database.db,
      sql`select action, entity_id, after from audit_log order by id desc limit 1`,
    );
    expect(entry).toMatchObject({
      action: 'import.units',
      entity_id: result.uploadId,
      after: { created: 1, updated: 0, rows: 1, fileName: 'test.xlsx' },
    });
  });
});
