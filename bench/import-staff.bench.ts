import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { staffTemplate } from '@bianping/core/imports/staff-template';
import { idNumberCheckChar } from '@bianping/core/warnings/id-number';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { type Database, selectRows } from '../packages/server/src/db/client.ts';
import { users } from '../packages/server/src/db/schema/index.ts';
import { loadDemo } from '../packages/server/src/modules/demo/demo.service.ts';
import {
  commitImport,
  previewImport,
  storeUpload,
} from '../packages/server/src/modules/imports/imports.service.ts';
import { idProtector } from '../packages/server/src/modules/staff/id-number-protection.ts';
import { replaceAssignments } from '../packages/server/src/modules/users/users.queries.ts';
import { todayInChina } from '../packages/server/src/time.ts';
import {
  benchDatabase,
  cpuSince,
  describePhases,
  kindsToRun,
  median,
  phaseClock,
  repeats,
  seconds,
} from './bench-database.ts';

/**
 * 实名制 import at county scale: a 100,000-row staff .xlsx over the demo county's ~400 units,
 * previewed and committed through the import service (what the routes and jobs call), on the
 * embedded database and, with BENCH_DATABASE_URL, on PostgreSQL. Targets: ≤ 30 s embedded,
 * ≤ 10 s PostgreSQL for preview + commit. Prints the figures; asserts nothing.
 */

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const secretKey = randomBytes(32);
const EDUCATION = ['本科', '硕士研究生', '大专', '本科', '中专'];
const POSTS = ['科员', '副主任科员', '主任科员', '专业技术人员', '工勤人员'];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A valid, unique ID number per row (birthplace 990199, which the demo never issues). */
function idNumberOf(i: number) {
  const birth = new Date(Date.UTC(1962, 0, 1) + (i % 14_000) * 86_400_000);
  const ymd = `${birth.getUTCFullYear()}${pad(birth.getUTCMonth() + 1)}${pad(birth.getUTCDate())}`;
  const first17 = `990199${ymd}${pad(Math.floor(i / 14_000), 3)}`;
  return { id: first17 + idNumberCheckChar(first17), birth };
}

async function staffWorkbook(units: { creditCode: string; name: string; kind: string }[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new PassThrough();
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => out.on('end', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet('实名制人员');
  const keys = staffTemplate.columns.map((c) => c.key as string);
  sheet.addRow(staffTemplate.columns.map((c) => (c.required ? `*${c.header}` : c.header))).commit();
  for (let i = 0; i < ROWS; i++) {
    const unit = units[i % units.length] as (typeof units)[number];
    const { id, birth } = idNumberOf(i);
    const institution = !['administrative', 'party', 'massOrganization'].includes(unit.kind);
    const values: Record<string, unknown> = {
      creditCode: unit.creditCode,
      unitName: unit.name,
      name: `职工${i}`,
      idNumber: id,
      sex: Number(id[16]) % 2 ? '男' : '女',
      birthDate: birth,
      education: EDUCATION[i % EDUCATION.length],
      staffingType: institution ? '事业编制' : '行政编制',
      fundingForm: '全额拨款',
      post: POSTS[i % POSTS.length],
      entryDate: new Date(Date.UTC(2000 + (i % 25), i % 12, 1 + (i % 28))),
    };
    const row = sheet.addRow(keys.map((k) => values[k] ?? null));
    row.getCell(6).numFmt = 'yyyy-mm-dd';
    row.getCell(16).numFmt = 'yyyy-mm-dd';
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}

async function officerOf(database: Database) {
  const [user] = await database.db
    .insert(users)
    .values({ username: 'bench-officer', displayName: '基准测试', passwordHash: 'x' })
    .returning({ id: users.id });
  if (!user) throw new Error('user insert failed');
  await replaceAssignments(database.db, user.id, [{ role: 'officer', scopeType: 'all', scopeId: null }]);
  return user.id;
}

async function importOnce(label: string, database: Database): Promise<number> {
  const setup = performance.now();
  await loadDemo(database, { seed: 1, secretKey });
  const userId = await officerOf(database);
  const units = await selectRows<{ creditCode: string; name: string; kind: string }>(
    database.db,
    sql`select credit_code as "creditCode", name, kind from units where credit_code is not null order by name`,
  );
  const generated = performance.now();
  const file = await staffWorkbook(units);
  const generateMs = performance.now() - generated;
  console.log(
    `${label}: demo county (${units.length} units) in ${seconds(generated - setup)}; ` +
      `${ROWS} rows → ${(file.length / 1024 / 1024).toFixed(1)} MB .xlsx in ${seconds(generateMs)}`,
  );

  const protector = idProtector(secretKey);
  const options = { database, protector, today: todayInChina() };
  // The upload is stored apart from the preview, so its time is a phase of its own.
  const previewClock = phaseClock('storing the upload');
  const cpu = process.cpuUsage();
  const started = performance.now();
  const uploadId = await storeUpload(database, protector, file, {
    kind: 'staff',
    filename: 'bench.xlsx',
    userId,
  });
  await previewClock.progress(0, 0, { en: 'reading the file' });
  const preview = await previewImport(
    { ...options, progress: previewClock.progress },
    { kind: 'staff', uploadId, userId },
  );
  const previewMs = performance.now() - started;
  const previewPhases = previewClock.finish();
  if (preview.errorCount)
    throw new Error(`preview found errors: ${JSON.stringify(preview.errors.slice(0, 3))}`);
  const commitClock = phaseClock('restoring the parse');
  const committing = performance.now();
  const result = await commitImport(
    { ...options, progress: commitClock.progress },
    { kind: 'staff', uploadId, userId, actor: { actorId: userId, actorName: 'bench', requestId: null } },
  );
  const commitMs = performance.now() - committing;
  const [count] = await selectRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from staff_members`,
  );
  console.log(
    `${label}: preview ${seconds(previewMs)} (${describePhases(previewPhases)}; ` +
      `${preview.rows} rows, ${preview.summary.create} to create)`,
  );
  console.log(
    `${label}: commit  ${seconds(commitMs)} (${describePhases(commitClock.finish())}; ` +
      `created ${result.created}, staff_members now ${count?.n})`,
  );
  console.log(`${label}: preview + commit ${seconds(previewMs + commitMs)} (process CPU ${cpuSince(cpu)})`);
  return previewMs + commitMs;
}

for (const kind of kindsToRun()) {
  const label = kind === 'pglite' ? 'embedded (PGlite)' : 'PostgreSQL';
  const totals: number[] = [];
  for (let run = 0; run < repeats(); run++) {
    const { database, drop } = await benchDatabase(kind);
    try {
      totals.push(await importOnce(label, database));
    } finally {
      await drop();
    }
  }
  if (totals.length > 1) {
    console.log(`${label}: median of ${totals.length} runs: preview + commit ${seconds(median(totals))}`);
  }
}
