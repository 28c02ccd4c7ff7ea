import { type Role, roles } from '@bianping/core/auth/roles';
import { XLSX_MIME } from '@bianping/core/imports';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion, buildUnit } from '../../test/registry-builders.ts';
import { buildXlsx, commit, download, headersOf, preview, rowOf } from './import-test-kit.ts';

let ctx: TestContext;
let officer: TestClient;
let unit: { creditCode: string | null };

beforeAll(async () => {
  ctx = await createTestApp();
  unit = await buildUnit(ctx.database, (await buildRegion(ctx.database)).id);
  officer = (await clientAs(ctx, { role: 'officer' })).client;
});
afterAll(() => ctx.close());

const refusal = async (body: Buffer, contentType?: string) => {
  const response = await preview(ctx.app, officer, 'units', body, contentType);
  return { status: response.statusCode, body: response.json() };
};

describe('import templates', () => {
  it('downloads a template with Chinese headers, instructions, lists and two example rows', async () => {
    const response = await officer.get('/api/v1/imports/quotas/template');
    expect(response.headers['content-type']).toBe(XLSX_MIME);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="quotas_template.xlsx"; filename*=UTF-8''${encodeURIComponent('编制与实有_导入模板.xlsx')}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as never);
    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['编制与实有', 'visible'],
      ['填写说明', 'visible'],
      ['选项', 'hidden'],
    ]);
    const data = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect((data.getRow(1).values as unknown[]).slice(1, 6)).toEqual([
      '*统一社会信用代码',
      '单位名称',
      '*编制类型',
      '*经费形式',
      '*核定编制数',
    ]);
    expect(data.rowCount).toBe(3);
    expect(data.getCell('C2').value).toBe('行政编制');
    expect(data.getCell('A2').font?.italic).toBe(true);
    expect(data.getCell('A1').note).toContain('GB 32100');
    const lists = (data as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } })
      .dataValidations.model;
    expect(lists.C2?.formulae).toEqual(["'选项'!$A$2:$A$5"]);
    const options = workbook.getWorksheet('选项') as ExcelJS.Worksheet;
    expect((options.getColumn(1).values as unknown[]).slice(1)).toEqual([
      '编制类型',
      '行政编制',
      '政法专项编制',
      '事业编制',
      '机关工勤编制',
    ]);
    const help = workbook.getWorksheet('填写说明') as ExcelJS.Worksheet;
    const text = JSON.stringify(help.getSheetValues());
    expect(text).toContain('批准文号');
    expect(text).toContain('全额拨款、差额拨款、自收自支');
  });

  it('lists the columns of every sheet for the web', async () => {
    const response = await officer.get('/api/v1/imports/templates');
    const kinds = response.json().map((t: { kind: string }) => t.kind);
    expect(kinds).toEqual(['units', 'quotas', 'staff', 'leaderPosts', 'workload', 'peers']);
    expect(response.json()[0].columns[4]).toMatchObject({
      key: 'kind',
      header: '单位性质',
      required: true,
      type: 'enum',
      allowedValues: expect.arrayContaining(['公益一类事业单位']),
    });
  });

  it('refuses the untouched template: its example rows must be deleted', async () => {
    const template = await download(officer, '/api/v1/imports/units/template');
    const { body } = await refusal(template);
    expect(body.errorCount).toBe(2);
    expect(body.errors[0].message.zh).toBe('这是模板中的示例行，请删除后再导入');
  });
});

describe('files that cannot be imported', () => {
  it('refuses a renamed text or CSV file, an old .xls and a damaged zip', async () => {
    const csv = Buffer.from('统一社会信用代码,单位名称\n123,某单位\n');
    for (const [body, type] of [
      [csv, XLSX_MIME],
      [csv, 'text/csv'],
      [Buffer.from('MZ\x90\x00 executable'), 'application/octet-stream'],
    ] as const) {
      const refused = await refusal(body, type);
      expect(refused.status, type).toBe(400);
      expect(refused.body).toMatchObject({
        code: 'E_IMPORT',
        field: 'file',
        message: { zh: expect.stringContaining('不是 Excel'), en: expect.stringContaining('Not an Excel') },
      });
    }
    const xls = await refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(xls.body.message.zh).toContain('.xls');
    const broken = await refusal(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]));
    expect(broken).toMatchObject({ status: 400, body: { code: 'E_IMPORT' } });
    expect(broken.body.message.zh).toContain('无法打开');
  });

  it('refuses an empty file, a sheet without data rows and an oversized upload', async () => {
    const empty = await refusal(Buffer.alloc(0));
    expect(empty).toMatchObject({ status: 400, body: { code: 'E_IMPORT', message: { zh: '文件为空' } } });
    const headerOnly = await refusal(await buildXlsx(headersOf('units'), []));
    expect(headerOnly.body.message.zh).toBe('文件中没有数据行');
    const blank = await refusal(await buildXlsx([], []));
    expect(blank.body.message.zh).toContain('缺少必填列');
    const huge = await refusal(Buffer.alloc(61 * 1024 * 1024, 1));
    expect(huge).toMatchObject({ status: 413, body: { code: 'E_TOO_LARGE', field: 'file' } });
  });

  it('names the missing required columns', async () => {
    const omit = ['regionCode', 'kind'];
    const body = await buildXlsx(headersOf('units', omit), [
      rowOf('units', { creditCode: unit.creditCode }, omit),
    ]);
    const { status, body: error } = await refusal(body);
    expect(status).toBe(400);
    expect(error).toMatchObject({
      code: 'E_IMPORT',
      message: { zh: '缺少必填列：区划代码、单位性质（表头须在前 5 行内，可从系统下载模板）' },
      details: { missing: ['区划代码', '单位性质'] },
    });
  });

  it('commits only the uploader’s own uploads', async () => {
    const body = await buildXlsx(headersOf('leaderPosts'), [
      rowOf('leaderPosts', { creditCode: unit.creditCode, level: '部门正职', approved: 1 }),
    ]);
    const { uploadId } = (await preview(ctx.app, officer, 'leaderPosts', body)).json();
    const { client: colleague } = await clientAs(ctx, { role: 'officer' });
    expect((await commit(colleague, 'leaderPosts', uploadId)).statusCode).toBe(404);
    expect((await commit(officer, 'leaderPosts', '00000000-0000-4000-8000-000000000000')).statusCode).toBe(
      404,
    );
    expect((await commit(officer, 'leaderPosts', uploadId)).json()).toMatchObject({ created: 1 });
  });
});

describe('who may import', () => {
  it('only officers and administrators; every other role is refused', async () => {
    const allowed: Role[] = ['admin', 'officer'];
    const body = await buildXlsx(headersOf('units'), []);
    for (const role of roles.filter((r) => !allowed.includes(r))) {
      const { client } = await clientAs(ctx, { role });
      for (const response of [
        await client.get('/api/v1/imports/units/template'),
        await client.get('/api/v1/imports/staff/export'),
        await preview(ctx.app, client, 'staff', body),
        await commit(client, 'staff', '00000000-0000-4000-8000-000000000000'),
      ]) {
        expect(response.statusCode, role).toBe(403);
        expect(response.json().code).toBe('E_FORBIDDEN');
      }
    }
    const { client: admin } = await clientAs(ctx, { role: 'admin' });
    expect((await admin.get('/api/v1/imports/units/export')).statusCode).toBe(200);
  });
});
