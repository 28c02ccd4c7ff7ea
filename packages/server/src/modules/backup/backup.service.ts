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

/** The query that reads a table; trees come parents-first so restore satisfies their FK. */
function selectTable(table: TableInfo): string {
  const t = quote(table.name);
  if (!table.selfRefColumn || !table.selfRefTarget) return `select row_to_json(x) as r from ${t} x`;
  const key = quote(table.selfRefTarget);
  const parent = quote(table.selfRefColumn);
  return `with recursive d as (
      select ${key} as k, 0 as depth from ${t} where ${parent} is null
      union all
      select c.${key}, d.depth + 1 from ${t} c join d on c.${parent} = d.k)
    select row_to_json(x) as r from ${t} x join d on d.k = x.${key} order by d.depth`;
}

/**
 * Writes every application table to a gzip'd JSON-lines file: a header line, then chunks of
 * rows. One repeatable-read transaction gives a consistent snapshot while the server runs, and
 * a cursor keeps memory flat for large tables. The same file restores into either database.
 */
export async function backupDatabase(database: Database, file: string) {
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const out = fs.createWriteStream(partial);
  const finished = new Promise<void>((resolve, reject) => {
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
  try {
    const counts = await database.transaction(async (query) => {
      await query('set transaction isolation level repeatable read');
      const header: Header = {
        format: FORMAT,
        formatVersion: 1,
        appVersion,
        createdAt: new Date().toISOString(),
        migration: await latestMigration(query),
        databaseKind: database.kind,
      };
      await write(header);
      const counts: Record<string, number> = {};
      for (const table of await listTables(query)) {
        counts[table.name] = 0;
        await query(`declare backup_cursor no scroll cursor for ${selectTable(table)}`);
        for (;;) {
          const rows = await query<{ r: unknown }>(`fetch ${CHUNK_ROWS} from backup_cursor`);
          if (rows.length === 0) break;
          counts[table.name] = (counts[table.name] ?? 0) + rows.length;
          await write({ table: table.name, rows: rows.map((row) => row.r) } satisfies Chunk);
        }
        await query('close backup_cursor');
      }
      return counts;
    });
    gzip.end();
    await finished;
    fs.renameSync(partial, file);
    return counts;
  } catch (err) {
    gzip.destroy();
    out.destroy();
    fs.rmSync(partial, { force: true });
    throw err;
  }
}

/** Yields the parsed lines of a backup file; a truncated or non-gzip file throws E_BACKUP. */
async function* readBackupLines(file: string): AsyncGenerator<unknown> {
  const source = fs.createReadStream(file);
  const gunzip = createGunzip();
  const lines = readline.createInterface({ input: source.pipe(gunzip), crlfDelay: Number.POSITIVE_INFINITY });
  // A truncated or non-gzip file fails inside zlib; readline passes that error on to the loop.
  const isZlibError = (err: unknown) => String((err as { code?: unknown }).code).startsWith('Z_');
  try {
    for await (const line of lines) {
      if (!line) continue;
      yield JSON.parse(line);
    }
  } catch (err) {
    if (err instanceof SyntaxError || isZlibError(err)) throw damaged();
    throw err;
  } finally {
    source.destroy();
  }
}

const damaged = () =>
  backupError('备份文件已损坏或格式不对', 'The backup file is damaged or not in the expected format');

/**
 * Restores a backup into a database whose schema is migrated but holds no data, in one
 * transaction: either everything is restored or nothing is.
 */
export async function restoreDatabase(database: Database, file: string) {
  if (!fs.existsSync(file)) throw backupError(`备份文件不存在：${file}`, `Backup file not found: ${file}`);
  const tables = await listTables(database.query);
  for (const table of tables) {
    const [row] = await database.query<{ n: number }>(`select count(*)::int as n from ${quote(table.name)}`);
    if ((row?.n ?? 0) > 0) {
      throw backupError(
        `目标数据库不是空的（表 ${table.name} 已有数据），只能恢复到空数据库`,
        `The target database is not empty (table ${table.name} has rows); restore needs an empty database`,
      );
    }
  }
  const known = new Set(tables.map((t) => t.name));
  const migration = await latestMigration(database.query);
  return database.transaction(async (query) => {
    const counts: Record<string, number> = {};
    let header: Header | null = null;
    for await (const item of readBackupLines(file)) {
      if (!header) {
        header = item as Header;
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
      const chunk = item as Chunk;
      if (!known.has(chunk.table)) {
        throw backupError(`备份中有未知的表：${chunk.table}`, `Unknown table in backup: ${chunk.table}`);
      }
      const t = quote(chunk.table);
      await query(`insert into ${t} select * from json_populate_recordset(null::${t}, $1::json)`, [
        JSON.stringify(chunk.rows),
      ]);
      counts[chunk.table] = (counts[chunk.table] ?? 0) + chunk.rows.length;
    }
    if (!header) throw backupError('备份文件为空', 'The backup file is empty');
    // Serial columns continue after the restored rows instead of colliding with them.
    for (const table of tables) {
      for (const column of table.serialColumns) {
        await query(
          `select setval(pg_get_serial_sequence($1, $2), coalesce((select max(${quote(column)}) from ${quote(table.name)}), 0) + 1, false)`,
          [table.name, column],
        );
      }
    }
    return counts;
  });
}
