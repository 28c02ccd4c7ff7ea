import { idNumberCheckChar } from '@bianping/core/warnings/id-number';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../db/client.ts';
import { internalBodies } from '../../db/schema/index.ts';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion, buildUnit } from '../../test/registry-builders.ts';
import { commit, download, importRows, preview, readXlsx, sheetOf } from './import-test-kit.ts';

let ctx: TestContext;
let officer: TestClient;
let unitA: { id: string; creditCode: string | null; name: string };
let unitB: { id: string; creditCode: string | null; name: string };

/** A valid 18-character ID number for a serial (born 1950-01-01 + serial days, region 990121). */
function idNumber(serial: number) {
  const birth = new Date(Date.UTC(1950, 0, 1) + (serial % 15_000) * 86_400_000);
  const ymd = birth.toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `990121${ymd}${String(serial % 1000).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

const person = (serial: number, unit = unitA, extra: Record<string, unknown> = {}) => ({
  creditCode: unit.creditCode,
  unitName: unit.name,
  name: `测试人员${serial}`,
  idNumber: idNumber(serial),
  sex: serial % 2 ? '男' : '女',
  staffingType: '事业编制',
  ...extra,
});

const staffTable = () =>
  selectRows(
    ctx.database.db,
    sql`select id, unit_id, work_unit_id, seconded_since::text, internal_body_id, name, id_number_encrypted,
               id_number_hash, id_number_masked, sex, birth_date::text, education, staffing_type, funding_form,
               post, grade, leader_level, leader_rank, over_rank_approved, entry_date::text, version
        from staff_members order by id`,
  );

beforeAll(async () => {
  ctx = await createTestApp();
  const region = await buildRegion(ctx.database);
  unitA = await buildUnit(ctx.database, region.id);
  unitB = await buildUnit(ctx.database, region.id);
  await ctx.database.db.insert(internalBodies).values([
    { unitId: unitA.id, name: '办公室' },
    { unitId: unitA.id, name: '业务科' },
  ]);
  officer = (await clientAs(ctx, { role: 'officer' })).client;
});
afterAll(() => ctx.close());

describe('staff import', () => {
  it('stores ID numbers only encrypted, hashed and masked', async () => {
    const { result } = await importRows(
      ctx.app,
      officer,
      'staff',
      await sheetOf('staff', [
        person(11000, unitA, { internalBody: '业务科', education: '本科', leaderLevel: '内设机构正职' }),
        person(11001),
      ]),
    );
    expect(result).toMatchObject({ created: 2, updated: 0 });
    const rows = await selectRows<Record<string, unknown>>(
      ctx.database.db,
      sql`select s.*, b.name as body from staff_members s left join internal_bodies b on b.id = s.internal_body_id
          where s.name = '测试人员11000'`,
    );
    const row = rows[0] as Record<string, unknown>;
    const id = idNumber(11000);
    expect(JSON.stringify(row)).not.toContain(id);
    expect(ctx.app.idProtector.decrypt(String(row.id_number_encrypted))).toBe(id);
    expect(row).toMatchObject({
      id_number_hash: ctx.app.idProtector.hash(id),
      id_number_masked: `${id.slice(0, 6)}********${id.slice(-4)}`,
      body: '业务科',
      education: 'bachelor',
      sex: 'female',
      leader_level: 'bodyHead',
    });
    // The upload and its kept parse are sealed; no job run holds the number in clear.
    const kept = await selectRows<{ mime_type: string; head: string }>(
      ctx.database.db,
      sql`select mime_type, encode(substring(content from 1 for 2), 'escape') as head from files`,
    );
    expect(kept.length).toBeGreaterThan(0);
    for (const file of kept)
      expect(file).toEqual({ mime_type: 'application/vnd.bianping.sealed', head: 'v1' });
    const [runs] = await selectRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from job_runs where coalesce(result::text, '') || payload::text like ${`%${id}%`}`,
    );
    expect(runs?.n).toBe(0);
  });

  it('refuses invalid ID numbers, unknown values and people registered at another unit', async () => {
    const wrongCheck = idNumber(12000).slice(0, 17) + (idNumber(12000).endsWith('1') ? '2' : '1');
    const response = await preview(
      ctx.app,
      officer,
      'staff',
      await sheetOf('staff', [
        person(12000, unitA, { idNumber: wrongCheck }),
        person(12001, unitA, { birthDate: '1999-01-01' }),
        person(12002, unitA, { sex: '男性' }),
        person(12003, unitA, { idNumber: '990121********0016' }),
        person(11001, unitB),
        person(12004, unitA, { internalBody: '不存在的科' }),
        person(12005, unitA, { creditCode: '11990121900000014K' }),
        person(12006, unitA, { idNumber: idNumber(12000) }),
        person(12007, unitA, { idNumber: idNumber(12000) }),
      ]),
    );
    const errors = response.json().errors as {
      row: number;
      header: string;
      value: string;
      message: { zh: string };
    }[];
    expect(errors.map((e) => [e.row, e.header])).toEqual([
      [2, '身份证号'],
      [3, '出生日期'],
      [4, '性别'],
      [5, '身份证号'],
      [6, '身份证号'],
      [7, '所在内设机构'],
      [8, '编制所在单位统一社会信用代码'],
      [10, '身份证号'],
    ]);
    expect(errors[0]?.message.zh).toBe('身份证号校验位错误');
    expect(errors[0]?.value).toBe(`${wrongCheck.slice(0, 6)}********${wrongCheck.slice(-4)}`);
    expect(errors[3]?.message.zh).toContain('须保留系统编号');
    expect(errors[4]?.message.zh).toContain(`已登记在“${unitA.name}”`);
    expect(errors[6]?.message.zh).toContain('不在台账中');
    expect(errors[7]?.message.zh).toBe('与第 9 行重复（身份证号相同）');
  });

  it('exports masked ID numbers with the system id; export → import changes nothing', async () => {
    const before = await staffTable();
    const exported = await download(officer, '/api/v1/imports/staff/export');
    const { rows } = await readXlsx(exported);
    expect(rows[0]?.[3]).toBe('*身份证号');
    const ids = rows.slice(1).map((r) => String(r[3]));
    expect(ids.every((id) => /^\d{6}\*{8}[\dX]{4}$/.test(id))).toBe(true);
    const { preview: p } = await importRows(ctx.app, officer, 'staff', exported);
    expect(p.summary).toEqual({ create: 0, update: 0, unchanged: before.length });
    expect(await staffTable()).toEqual(before);
  });

  it('an edited export changes only the edited person, and may move them to another unit', async () => {
    const exported = await download(officer, '/api/v1/imports/staff/export');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported as never);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const target = sheet.getRow(2);
    const movedName = String(target.getCell(3).value);
    target.getCell(1).value = unitB.creditCode;
    target.getCell(10).value = null; // the internal body belongs to the old unit
    target.getCell(12).value = '四级主任科员';
    target.commit();
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());
    const { result } = await importRows(ctx.app, officer, 'staff', edited);
    expect(result).toMatchObject({ created: 0, updated: 1 });
    const [moved] = await selectRows<{ unit_id: string; grade: string; version: number }>(
      ctx.database.db,
      sql`select unit_id, grade, version from staff_members where name = ${movedName}`,
    );
    expect(moved).toEqual({ unit_id: unitB.id, grade: '四级主任科员', version: 2 });
  });

  it('an error in the last row of 2,000 refuses the whole file', async () => {
    const before = await staffTable();
    const rows = Array.from({ length: 2000 }, (_, i) => person(20_000 + i));
    rows[1999] = person(21_999, unitA, { staffingType: '临时工' });
    const p = (await preview(ctx.app, officer, 'staff', await sheetOf('staff', rows))).json();
    expect(p).toMatchObject({ rows: 2000, errorCount: 1, summary: { create: 1999 } });
    expect(p.errors[0]).toMatchObject({ row: 2001, column: 'H', header: '编制类型', value: '临时工' });
    const refused = await commit(officer, 'staff', p.uploadId);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('E_IMPORT');
    expect(await staffTable()).toEqual(before);
  });

  it('a database failure in the second batch rolls the first back', async () => {
    const before = await staffTable();
    await ctx.database.exec(`
      create function refuse_staff() returns trigger language plpgsql as $$
      begin raise exception 'connection lost (simulated)'; end $$;
      create trigger refuse_staff before insert on staff_members for each row
        when (new.name = '触发故障') execute function refuse_staff();`);
    try {
      const rows = Array.from({ length: 1600 }, (_, i) => person(30_000 + i));
      rows[1500] = person(31_500, unitA, { name: '触发故障' });
      const p = (await preview(ctx.app, officer, 'staff', await sheetOf('staff', rows))).json();
      expect(p.errorCount).toBe(0);
      expect((await commit(officer, 'staff', p.uploadId)).statusCode).toBe(500);
    } finally {
      await ctx.database.exec('drop trigger refuse_staff on staff_members; drop function refuse_staff();');
    }
    expect(await staffTable()).toEqual(before);
  });

  it('a full ID number on an exported row corrects the stored one', async () => {
    const exported = await download(officer, '/api/v1/imports/staff/export');
    const { rows } = await readXlsx(exported);
    const header = rows[0] as unknown[];
    const staffIdAt = header.indexOf('系统编号');
    const first = rows[1] as unknown[];
    const corrected = idNumber(40_000);
    const values = Object.fromEntries(
      ['creditCode', 'unitName', 'name', 'idNumber'].map((k, i) => [k, first[i]]),
    ) as Record<string, string>;
    const body = await sheetOf('staff', [
      { ...values, idNumber: corrected, staffingType: '事业编制', staffId: String(first[staffIdAt]) },
    ]);
    const { result } = await importRows(ctx.app, officer, 'staff', body);
    expect(result).toMatchObject({ updated: 1, created: 0 });
    const [row] = await selectRows<{ id_number_hash: string }>(
      ctx.database.db,
      sql`select id_number_hash from staff_members where id = ${String(first[staffIdAt])}::uuid`,
    );
    expect(row?.id_number_hash).toBe(ctx.app.idProtector.hash(corrected));
  });
});
