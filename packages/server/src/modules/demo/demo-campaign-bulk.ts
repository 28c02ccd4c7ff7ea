import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { insertRows } from '../imports/bulk.queries.ts';

/** Rows per statement, as in the rest of the demo. */
const BATCH = 1000;

/**
 * Writes the demo campaigns' rows 1,000 to a statement through the imports' `insertRows` (the
 * batch travels as one JSON parameter into `json_to_recordset`): building a drizzle INSERT of
 * 1,000 rows × 10 columns cost more than the database's own work on the embedded database.
 * Columns no row names take their defaults; jsonb values go in as they are.
 */
export async function insertAll(tx: Db, table: PgTable, rows: readonly Record<string, unknown>[]) {
  if (rows.length === 0) return;
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  for (let i = 0; i < rows.length; i += BATCH) await insertRows(tx, table, keys, rows.slice(i, i + BATCH));
}
