import fs from 'node:fs';
import readline from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { AppError, ErrorCode } from '@bianping/core/errors';
import type { Database } from '../../db/client.ts';
import { appVersion } from '../../version.ts';
import { latestMigration, listTables, type TableInfo } from './backup-catalog.ts';

const FORMAT = 'bianping-backup';
const CHUNK_ROWS = 1000;

type Header = {
  format: typeof FORMAT;
  formatVersion: 1;
  appVersion: string;
  createdAt: string;
  migration: string | null;
  databaseKind: string;
};
type Chunk = { table: string; rows: unknown[] };

const backupError = (zh: string, en: string) => new AppError(ErrorCode.Backup, { zh, en });
const quote = (ident: string) => `"${ident.replace(/"/g, '""')}"`;

/** Rows of one table in chunks; trees are ordered parents-first so restore satisfies the FK. */
async function* readTable(database: Database, table: TableInfo): AsyncGenerator<unknown[]> {
  const t = quote(table.name);
  const order =
    table.selfRefColumn && table.selfRefTarget
      ? `with recursive d as (
           select ${quote(table.selfRefTarget)} as k, 0 as depth from ${t} where ${quote(table.selfRefColumn)} is null
           union all
           select c.${quote(table.selfRefTarget)}, d.depth + 1 from ${t} c join d on c.${quote(table.selfRefColumn)} = d.k)
         select row_to_json(x) as r from ${t} x join d on d.k = x.${quote(table.selfRefTarget)}
         order by d.depth, x.${quote(table.selfRefTarget)}`
      : `select row_to_json(x) as r from ${t} x order by 1`;
  for (let offset = 0; ; offset += CHUNK_ROWS) {
    const rows = await database.query<{ r: unknown }>(`${order} limit ${CHUNK_ROWS} offset ${offset}`);
    if (rows.length === 0) return;
    yield rows.map((row) => row.r);
    if (rows.length < CHUNK_ROWS) return;
  }
}

/**
 * Writes every application table to a gzip'd JSON-lines file: a header line, then chunks of
 * rows. The same file restores into the embedded database or a PostgreSQL server.
 */
export async function backupDatabase(database: Database, file: string) {
  const gzip = createGzip();
  const out = fs.createWriteStream(file);
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    gzip.on('error', reject);
  });
  gzip.pipe(out);
  const write = (line: unknown) =>
    new Promise<void>((resolve) => {
      if (gzip.write(`${JSON.stringify(line)}\n`)) resolve();
      else gzip.once('drain', resolve);
    });
  const header: Header = {
    format: FORMAT,
    formatVersion: 1,
    appVersion,
    createdAt: new Date().toISOString(),
    migration: await latestMigration(database),
    databaseKind: database.kind,
  };
  await write(header);
  const counts: Record<string, number> = {};
  for (const table of await listTables(database)) {
    counts[table.name] = 0;
    for await (const rows of readTable(database, table)) {
      counts[table.name] = (counts[table.name] ?? 0) + rows.length;
      await write({ table: table.name, rows } satisfies Chunk);
    }
  }
  gzip.end();
  await done;
  return counts;
}

/**
 * Restores a backup into a database whose schema is migrated but holds no data, in one
 * transaction: either everything is restored or nothing is.
 */
export async function restoreDatabase(database: Database, file: string) {
  if (!fs.existsSync(file)) throw backupError(`备份文件不存在：${file}`, `Backup file not found: ${file}`);
  const tables = await listTables(database);
  for (const table of tables) {
    const [row] = await database.query<{ n: number }>(`select count(*)::int as n from ${quote(table.name)}`);
    if ((row?.n ?? 0) > 0) {
      throw backupError(
        `目标数据库不是空的（表 ${table.name} 已有数据），只能恢复到空数据库`,
        `The target database is not empty (table ${table.name} has rows); restore needs an empty database`,
      );
    }
  }
  const lines = readline.createInterface({
    input: fs.createReadStream(file).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const known = new Set(tables.map((t) => t.name));
  const counts: Record<string, number> = {};
  let header: Header | null = null;
  const migration = await latestMigration(database);
  try {
    await database.transaction(async (query) => {
      for await (const line of lines) {
        if (!line) continue;
        if (!header) {
          header = JSON.parse(line) as Header;
          if (header.format !== FORMAT)
            throw backupError('这不是编评的备份文件', 'This is not a Bianping backup file');
          if (header.migration !== migration) {
            throw backupError(
              '备份文件的数据库版本与当前程序不一致，请使用相同版本的编评恢复',
              'The backup was made by another schema version; restore it with the same Bianping version',
            );
          }
          continue;
        }
        const chunk = JSON.parse(line) as Chunk;
        if (!known.has(chunk.table))
          throw backupError(`备份中有未知的表：${chunk.table}`, `Unknown table in backup: ${chunk.table}`);
        const t = quote(chunk.table);
        await query(`insert into ${t} select * from json_populate_recordset(null::${t}, $1::json)`, [
          JSON.stringify(chunk.rows),
        ]);
        counts[chunk.table] = (counts[chunk.table] ?? 0) + chunk.rows.length;
      }
      if (!header) throw backupError('备份文件为空', 'The backup file is empty');
      for (const table of tables) {
        for (const column of table.serialColumns) {
          await query(
            `select setval(pg_get_serial_sequence($1, $2), coalesce((select max(${quote(column)}) from ${quote(table.name)}), 0) + 1, false)`,
            [table.name, column],
          );
        }
      }
    });
  } catch (err) {
    if (err instanceof SyntaxError || (err as { code?: string }).code === 'Z_DATA_ERROR') {
      throw backupError(
        '备份文件已损坏或格式不对',
        'The backup file is damaged or not in the expected format',
      );
    }
    throw err;
  }
  return counts;
}
