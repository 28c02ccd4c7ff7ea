import type { IndicatorDetailNode, IndicatorSetDetail } from '@bianping/core/indicators/api';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { insertReferenceSets } from '../demo/demo-indicators.ts';
import { download, postRaw } from '../imports/import-test-kit.ts';
import { addTree, createDraft, setUrl } from './indicators-test-kit.ts';

let ctx: TestContext;
let officer: TestClient;
let common: IndicatorSetDetail;

const importUrl = (dryRun: boolean, filename = 'set.xlsx') =>
  `/api/v1/indicator-sets/import?dryRun=${dryRun}&filename=${encodeURIComponent(filename)}`;

/** What must survive a round trip: everything but ids, lineage and AHP records. */
const content = (nodes: IndicatorDetailNode[]) =>
  nodes.map(({ id: _i, parentId: _p, lineage: _l, weighting: _w, source: _s, ...rest }) => rest);
const meta = ({ set }: IndicatorSetDetail) => {
  const { kind, category, name, description, fullMark, bonusCap } = set;
  return { kind, category, name, description, fullMark, bonusCap };
};

beforeAll(async () => {
  ctx = await createTestApp();
  officer = (await clientAs(ctx, { role: 'officer' })).client;
  await insertReferenceSets(ctx.database.db);
  const list = (await officer.get('/api/v1/indicator-sets?kind=common')).json();
  common = (await officer.get(setUrl(list.items[0].id))).json();
});
afterAll(() => ctx.close());

async function roundTrip(format: 'xlsx' | 'json', contentType: string) {
  const file = await download(officer, setUrl(common.set.id, `/export?format=${format}`));
  const dry = await postRaw(ctx.app, officer, importUrl(true, `共性.${format}`), file, contentType);
  expect(dry.statusCode, dry.body).toBe(200);
  expect(dry.json()).toMatchObject({
    dryRun: true,
    format,
    errors: [],
    setId: null,
    summary: { name: common.set.name, nodeCount: common.nodes.length },
  });
  const done = await postRaw(ctx.app, officer, importUrl(false, `共性.${format}`), file, contentType);
  expect(done.statusCode, done.body).toBe(201);
  const imported = (await officer.get(setUrl(done.json().setId))).json<IndicatorSetDetail>();
  expect(imported.set).toMatchObject({ status: 'draft', edition: 1 });
  expect(meta(imported)).toEqual(meta(common));
  expect(content(imported.nodes)).toEqual(content(common.nodes));
}

describe('export → import round trip', () => {
  it('gives the same tree through Excel', () =>
    roundTrip('xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'));
  it('gives the same tree through JSON', () => roundTrip('json', 'application/json'));

  it('neutralises text Excel would take for a formula, and reads it back as written', async () => {
    const draft = await addTree(officer, await createDraft(officer, { name: '=HYPERLINK("http://x")' }), [
      { name: '+SUM(A1:A9)', points: 100 },
    ]);
    const file = await download(officer, setUrl(draft.set.id, '/export?format=xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as never);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getCell('B1').value).toBe('\'=HYPERLINK("http://x")');
    expect(sheet.getRow(6).values).toContain("'+SUM(A1:A9)");
    const dry = (await postRaw(ctx.app, officer, importUrl(true), file)).json();
    expect(dry.summary.name).toBe('=HYPERLINK("http://x")');
  });
});

describe('an import with errors', () => {
  it('reports the error of the last row by sheet, row and column, and creates nothing', async () => {
    const file = await download(officer, setUrl(common.set.id, '/export?format=xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as never);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    const last = sheet.rowCount;
    sheet.getCell(`F${last}`).value = 'abc';
    const broken = Buffer.from(await book.xlsx.writeBuffer());
    const before = (await officer.get('/api/v1/indicator-sets?latestOnly=false')).json().total;
    const dry = await postRaw(ctx.app, officer, importUrl(true), broken);
    expect(dry.json()).toMatchObject({
      summary: null,
      errors: [{ sheet: '指标体系', row: last, column: 'F', header: '分值' }],
    });
    const commit = await postRaw(ctx.app, officer, importUrl(false), broken);
    expect(commit.statusCode).toBe(400);
    expect(commit.json()).toMatchObject({ code: 'E_IMPORT', details: { errors: [{ row: last }] } });
    expect((await officer.get('/api/v1/indicator-sets?latestOnly=false')).json().total).toBe(before);
  });

  it('names the JSON field that is wrong', async () => {
    const file = await download(officer, setUrl(common.set.id, '/export?format=json'));
    const data = JSON.parse(file.toString('utf8'));
    data.nodes[data.nodes.length - 1].maxPoints = -1;
    const dry = await postRaw(
      ctx.app,
      officer,
      importUrl(true),
      Buffer.from(JSON.stringify(data)),
      'application/json',
    );
    expect(dry.json().errors).toEqual([
      expect.objectContaining({ sheet: 'JSON', row: data.nodes.length, column: 'maxPoints' }),
    ]);
  });

  it('refuses a file that is neither a workbook nor JSON, and roles that do not write', async () => {
    const text = await postRaw(ctx.app, officer, importUrl(true), Buffer.from('名称,分值\n'), 'text/csv');
    expect(text.json().fileError.zh).toContain('.xlsx');
    const { client: expert } = await clientAs(ctx, { role: 'expert' });
    expect(
      (await postRaw(ctx.app, expert, importUrl(true), Buffer.from('{}'), 'application/json')).statusCode,
    ).toBe(403);
  });
});
