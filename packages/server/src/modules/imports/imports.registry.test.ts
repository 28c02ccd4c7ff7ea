import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../db/client.ts';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion, buildUnit } from '../../test/registry-builders.ts';
import { todayInChina } from '../../time.ts';
import { buildXlsx, download, headersOf, importRows, preview, rowOf, sheetOf } from './import-test-kit.ts';

let ctx: TestContext;
let officer: TestClient;
let unit: { id: string; creditCode: string | null; name: string };
let other: { id: string; creditCode: string | null; name: string };

const table = (query: ReturnType<typeof sql>) => selectRows(ctx.database.db, query);
const ledger = () =>
  table(sql`select unit_id, staffing_type, funding_form, delta, effective_on::text, doc_no, note
            from quota_changes order by unit_id, staffing_type, funding_form, created_at, delta`);
const heads = () =>
  table(sql`select unit_id, staffing_type, count, as_of::text from headcounts order by 1, 2`);

beforeAll(async () => {
  ctx = await createTestApp();
  const region = await buildRegion(ctx.database);
  unit = await buildUnit(ctx.database, region.id, { quota: 20, headcount: 18 });
  other = await buildUnit(ctx.database, region.id, { quota: 10, headcount: 10 });
  officer = (await clientAs(ctx, { role: 'officer' })).client;
});
afterAll(() => ctx.close());

const quotaRow = (extra: Record<string, unknown>) => ({
  creditCode: unit.creditCode,
  unitName: unit.name,
  staffingType: '事业编制',
  fundingForm: '全额拨款',
  ...extra,
});

describe('quotas import', () => {
  it('appends the difference to the ledger with its document and sets the headcount', async () => {
    const { result } = await importRows(
      ctx.app,
      officer,
      'quotas',
      await sheetOf('quotas', [
        quotaRow({
          quota: 22,
          headcount: 19,
          docNo: '测编〔2026〕5号',
          approvedOn: '2026-06-01',
          note: '核增',
        }),
        quotaRow({ fundingForm: '差额拨款', quota: 4, headcount: 19, docNo: '测编〔2026〕6号' }),
        { ...quotaRow({ quota: 10 }), creditCode: other.creditCode, unitName: other.name },
      ]),
    );
    expect(result).toMatchObject({ created: 1, updated: 1, unchanged: 1 });
    const rows = await table(
      sql`select funding_form, delta, effective_on::text as on, doc_no, note from quota_changes
          where unit_id = ${unit.id}::uuid order by created_at, delta`,
    );
    expect(rows).toEqual([
      { funding_form: 'full', delta: 20, on: '2020-01-01', doc_no: '测编〔2020〕1号', note: null },
      { funding_form: 'full', delta: 2, on: '2026-06-01', doc_no: '测编〔2026〕5号', note: '核增' },
      { funding_form: 'partial', delta: 4, on: todayInChina(), doc_no: '测编〔2026〕6号', note: null },
    ]);
    expect(
      await table(sql`select count, as_of::text from headcounts where unit_id = ${unit.id}::uuid`),
    ).toEqual([{ count: 19, as_of: todayInChina() }]);
  });

  it('requires a document number for a changed quota and one headcount per staffing type', async () => {
    const response = await preview(
      ctx.app,
      officer,
      'quotas',
      await sheetOf('quotas', [
        quotaRow({ quota: 25, headcount: 19 }),
        quotaRow({ fundingForm: '差额拨款', quota: 4, headcount: 17 }),
        quotaRow({ fundingForm: '自收自支', quota: -1 }),
      ]),
    );
    const errors = response.json().errors as { row: number; header: string; message: { zh: string } }[];
    expect(errors.map((e) => [e.row, e.header])).toEqual([
      [2, '批准文号'],
      [3, '实有人数'],
      [4, '核定编制数'],
    ]);
    expect(errors[0]?.message.zh).toContain('台账 22，文件 25');
    expect(errors[1]?.message.zh).toContain('第 2 行为 19');
    expect(errors[2]?.message.zh).toBe('不能为负数');
  });

  it('export → import changes nothing', async () => {
    const [ledgerBefore, headsBefore] = [await ledger(), await heads()];
    const exported = await download(officer, '/api/v1/imports/quotas/export');
    const { preview: p } = await importRows(ctx.app, officer, 'quotas', exported);
    expect(p.summary).toMatchObject({ create: 0, update: 0 });
    expect(p.rows).toBeGreaterThanOrEqual(3);
    expect(await ledger()).toEqual(ledgerBefore);
    expect(await heads()).toEqual(headsBefore);
  });
});

describe('leader posts, workload and peers', () => {
  it('leader posts: upserts by unit and level; export → import changes nothing', async () => {
    const row = (level: string, approved: number, actual: number | null) => ({
      creditCode: unit.creditCode,
      level,
      approved,
      actual,
    });
    const { result } = await importRows(
      ctx.app,
      officer,
      'leaderPosts',
      await sheetOf('leaderPosts', [row('部门正职', 1, 1), row('内设机构副职', 3, 2)]),
    );
    expect(result).toMatchObject({ created: 2 });
    const bad = await preview(
      ctx.app,
      officer,
      'leaderPosts',
      await sheetOf('leaderPosts', [row('部门正职', 1, 1), row('部门正职', 2, 1), row('科员', 1, 0)]),
    );
    expect(bad.json().errors.map((e: { row: number; header: string }) => [e.row, e.header])).toEqual([
      [3, '统一社会信用代码'],
      [4, '职数层级'],
    ]);
    const before = await table(sql`select * from leader_posts order by unit_id, level`);
    const exported = await download(officer, '/api/v1/imports/leaderPosts/export');
    const { preview: p } = await importRows(ctx.app, officer, 'leaderPosts', exported);
    expect(p.summary).toEqual({ create: 0, update: 0, unchanged: 2 });
    expect(await table(sql`select * from leader_posts order by unit_id, level`)).toEqual(before);
  });

  it('workload: budget is stored under its code; export → import changes nothing', async () => {
    const row = (measure: string, value: number) => ({
      creditCode: unit.creditCode,
      year: 2025,
      measure,
      value,
    });
    const { result } = await importRows(
      ctx.app,
      officer,
      'workload',
      await sheetOf('workload', [row('办件量', 1260), row('预算（万元）', 835.5)]),
    );
    expect(result).toMatchObject({ created: 2 });
    const stored = await table(sql`select measure, value from workloads order by measure`);
    expect(stored).toEqual([
      { measure: 'budget', value: 835.5 },
      { measure: '办件量', value: 1260 },
    ]);
    const exported = await download(officer, '/api/v1/imports/workload/export');
    const { preview: p } = await importRows(ctx.app, officer, 'workload', exported);
    expect(p.summary).toEqual({ create: 0, update: 0, unchanged: 2 });
    expect(await table(sql`select measure, value from workloads order by measure`)).toEqual(stored);
  });

  it('peers: workload measures are columns; a measure column sets only its measure', async () => {
    const header = [...headersOf('peers'), '工作量:办件量', '工作量:案件数'];
    const peer = (name: string, cases: number | null) => [
      ...rowOf('peers', {
        regionName: '某省某县',
        name,
        category: '发改',
        kind: '行政机关',
        year: 2025,
        quota: 20,
        headcount: 18,
      }),
      1200,
      cases,
    ];
    const { result } = await importRows(
      ctx.app,
      officer,
      'peers',
      await buildXlsx(header, [peer('某县发改局', 30), peer('某县财政局', null)]),
    );
    expect(result).toMatchObject({ created: 2 });
    const only = await buildXlsx(
      [...headersOf('peers'), '工作量:案件数'],
      [[...(peer('某县发改局', 30).slice(0, 7) as never[]), 31]],
    );
    expect((await importRows(ctx.app, officer, 'peers', only)).result).toMatchObject({ updated: 1 });
    const peers = () => table(sql`select name, quota, workload from peer_benchmarks order by name`);
    expect(await peers()).toEqual([
      { name: '某县发改局', quota: 20, workload: { 办件量: 1200, 案件数: 31 } },
      { name: '某县财政局', quota: 20, workload: { 办件量: 1200 } },
    ]);
    const before = await peers();
    const exported = await download(officer, '/api/v1/imports/peers/export');
    const { preview: p } = await importRows(ctx.app, officer, 'peers', exported);
    expect(p.summary).toEqual({ create: 0, update: 0, unchanged: 2 });
    expect(await peers()).toEqual(before);
  });
});
