import type { ImportKind } from '@bianping/core/imports';
import { XLSX_MIME } from '@bianping/core/imports';
import { importTemplates } from '@bianping/core/imports/templates';
import ExcelJS from 'exceljs';
import type { App } from '../../app.ts';
import type { TestClient } from '../../test/harness.ts';

/** Helpers for the import tests: build workbooks, upload them, read downloads. */

type Cell = string | number | boolean | Date | null | undefined;

/** The Chinese headers of a kind, in template order (required ones with `*`, as the template). */
export const headersOf = (kind: ImportKind, omit: string[] = []) =>
  importTemplates[kind].columns
    .filter((c) => !omit.includes(c.key))
    .map((c) => (c.required ? `*${c.header}` : c.header));

/** A row in template column order from values by column key. */
export const rowOf = (kind: ImportKind, values: Record<string, Cell>, omit: string[] = []): Cell[] =>
  importTemplates[kind].columns.filter((c) => !omit.includes(c.key)).map((c) => values[c.key] ?? null);

/** An .xlsx with one sheet: the header row and the data rows. */
export async function buildXlsx(header: Cell[], rows: Cell[][], sheet = 'Sheet1'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet);
  ws.addRow(header);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Workbook of a kind from rows of values by key. */
export const sheetOf = (kind: ImportKind, rows: Record<string, Cell>[], omit: string[] = []) =>
  buildXlsx(
    headersOf(kind, omit),
    rows.map((r) => rowOf(kind, r, omit)),
  );

/** POSTs a raw body as the logged-in client (cookies and CSRF header). */
export function postRaw(app: App, client: TestClient, url: string, body: Buffer, contentType = XLSX_MIME) {
  return app.inject({
    method: 'POST',
    url,
    payload: body,
    headers: {
      'content-type': contentType,
      cookie: client.cookieHeader,
      'x-csrf-token': client.csrfToken ?? '',
    },
  });
}

export const preview = (app: App, client: TestClient, kind: ImportKind, body: Buffer, contentType?: string) =>
  postRaw(app, client, `/api/v1/imports/${kind}/preview?filename=test.xlsx`, body, contentType);

export const commit = (client: TestClient, kind: ImportKind, uploadId: string) =>
  client.post(`/api/v1/imports/${kind}/commit`, { uploadId });

/** Preview then commit; fails the test when either is refused. */
export async function importRows(app: App, client: TestClient, kind: ImportKind, body: Buffer) {
  const previewed = await preview(app, client, kind, body);
  if (previewed.statusCode !== 200) throw new Error(`preview ${previewed.statusCode}: ${previewed.body}`);
  const p = previewed.json();
  if (p.errorCount) throw new Error(`preview errors: ${JSON.stringify(p.errors.slice(0, 5))}`);
  const committed = await commit(client, kind, p.uploadId);
  if (committed.statusCode !== 200) throw new Error(`commit ${committed.statusCode}: ${committed.body}`);
  return { preview: p, result: committed.json() };
}

/** Downloads an export or template and returns the body. */
export async function download(client: TestClient, url: string) {
  const response = await client.get(url);
  if (response.statusCode !== 200) throw new Error(`download ${response.statusCode}: ${response.body}`);
  return response.rawPayload;
}

/** The first sheet's rows (as cell values, column A first) and the workbook. */
export async function readXlsx(content: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as never);
  const sheet = workbook.worksheets[0];
  const rows: Cell[][] = [];
  sheet?.eachRow((row) => {
    rows.push((row.values as Cell[]).slice(1));
  });
  return { workbook, rows };
}
