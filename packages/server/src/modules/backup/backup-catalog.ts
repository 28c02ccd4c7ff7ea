import type { QueryFn } from '../../db/client.ts';

export type TableInfo = {
  name: string;
  /** A column referencing the same table (a tree), exported parents-first. */
  selfRefColumn: string | null;
  /** The column a self reference points at (usually `id`). */
  selfRefTarget: string | null;
  serialColumns: string[];
};

/** Sessions are short-lived and belong to the machine they were opened on. */
const SKIPPED = new Set(['sessions']);

/**
 * The application's tables read from the catalog and sorted so every table comes after the
 * tables it references. Reading the catalog keeps backup correct as later issues add tables.
 */
export async function listTables(query: QueryFn): Promise<TableInfo[]> {
  const tables = (
    await query<{ name: string }>(
      `select table_name as name from information_schema.tables
       where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    )
  )
    .map((t) => t.name)
    .filter((n) => !SKIPPED.has(n));
  const fks = await query<{
    child: string;
    parent: string;
    column: string;
    target: string;
  }>(
    `select tc.table_name as child, ccu.table_name as parent, kcu.column_name as "column",
            ccu.column_name as target
     from information_schema.table_constraints tc
     join information_schema.key_column_usage kcu
       on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
     join information_schema.constraint_column_usage ccu
       on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
     where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'public'`,
  );
  const serials = await query<{ table: string; column: string }>(
    `select table_name as "table", column_name as "column" from information_schema.columns
     where table_schema = 'public' and column_default like 'nextval(%'`,
  );
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (ordered.includes(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const fk of fks) if (fk.child === name && fk.parent !== name) visit(fk.parent);
    visiting.delete(name);
    ordered.push(name);
  };
  for (const t of tables) visit(t);
  return ordered
    .filter((name) => tables.includes(name))
    .map((name) => {
      const self = fks.find((fk) => fk.child === name && fk.parent === name);
      return {
        name,
        selfRefColumn: self?.column ?? null,
        selfRefTarget: self?.target ?? null,
        serialColumns: serials.filter((s) => s.table === name).map((s) => s.column),
      };
    });
}

/** The newest migration applied, to refuse restoring a backup from another schema version. */
export async function latestMigration(query: QueryFn): Promise<string | null> {
  const rows = await query<{ hash: string }>(
    'select hash from drizzle.__drizzle_migrations order by created_at desc, id desc limit 1',
  );
  return rows[0]?.hash ?? null;
}
