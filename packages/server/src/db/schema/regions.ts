import { type AnyPgColumn, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** 行政区划, keyed by its GB/T 2260 code. */
export const regions = pgTable(
  'regions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    level: text('level').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => regions.id),
  },
  (t) => [uniqueIndex('regions_code_uq').on(t.code)],
);
