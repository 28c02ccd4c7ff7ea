import type { AhpWeighting, IndicatorSet, IndicatorSetMeta } from '@bianping/core/indicators';
import type { IndicatorSetSummary } from '@bianping/core/indicators/api';
import type { IndicatorSetStatus } from '@bianping/core/indicators/vocabulary';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Db, selectRows } from '../../db/client.ts';
import { indicatorSets } from '../../db/schema/index.ts';

/** All SQL on `indicator_sets`; nodes are in `indicator-nodes.queries.ts`. */

type SetRow = typeof indicatorSets.$inferSelect;
const source = alias(indicatorSets, 'source');

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** A stored set as the API shows it; `derived` is its source's row, when it has one. */
export function toIndicatorSet(
  row: SetRow,
  derived: { id: string; name: string; edition: number } | null,
): IndicatorSet {
  return {
    id: row.id,
    seriesId: row.seriesId,
    edition: row.edition,
    kind: row.kind as IndicatorSet['kind'],
    category: row.category as IndicatorSet['category'],
    name: row.name,
    description: row.description,
    fullMark: row.fullMark,
    bonusCap: row.bonusCap,
    status: row.status as IndicatorSetStatus,
    regionId: row.regionId,
    derivedFrom: derived ? { setId: derived.id, name: derived.name, edition: derived.edition } : null,
    weighting: (row.weighting as AhpWeighting | null) ?? null,
    version: row.version,
    createdAt: iso(row.createdAt) as string,
    updatedAt: iso(row.updatedAt) as string,
    publishedAt: iso(row.publishedAt),
  };
}

/** One set with its source's name, optionally locked for the rest of the transaction. */
export async function findSet(db: Db, id: string, opts: { lock?: boolean } = {}) {
  const query = db
    .select({
      set: indicatorSets,
      source: { id: source.id, name: source.name, edition: source.edition },
    })
    .from(indicatorSets)
    .leftJoin(source, eq(source.id, indicatorSets.derivedFromSetId))
    .where(eq(indicatorSets.id, id));
  const [row] = await (opts.lock ? query.for('update', { of: indicatorSets }) : query);
  if (!row) return undefined;
  return { row: row.set, set: toIndicatorSet(row.set, row.source?.id ? row.source : null) };
}

export type NewSetRow = {
  id?: string;
  seriesId: string;
  edition: number;
  regionId: string | null;
  meta: IndicatorSetMeta;
  derivedFromSetId: string | null;
  weighting: AhpWeighting | null;
  createdBy: string | null;
  status?: IndicatorSetStatus;
  publishedBy?: string | null;
};

export async function insertSet(db: Db, input: NewSetRow): Promise<string> {
  const published = input.status === 'published';
  const [row] = await db
    .insert(indicatorSets)
    .values({
      ...(input.id ? { id: input.id } : {}),
      seriesId: input.seriesId,
      edition: input.edition,
      regionId: input.regionId,
      ...input.meta,
      derivedFromSetId: input.derivedFromSetId,
      weighting: input.weighting,
      createdBy: input.createdBy,
      status: input.status ?? 'draft',
      publishedAt: published ? new Date() : null,
      publishedBy: published ? (input.publishedBy ?? null) : null,
    })
    .returning({ id: indicatorSets.id });
  return (row as { id: string }).id;
}

/** Writes changes and bumps the lock counter (the caller has checked the version). */
export async function updateSet(
  db: Db,
  id: string,
  changes: Partial<typeof indicatorSets.$inferInsert>,
): Promise<void> {
  await db
    .update(indicatorSets)
    .set({ ...changes, version: sql`${indicatorSets.version} + 1`, updatedAt: new Date() })
    .where(eq(indicatorSets.id, id));
}

export async function deleteSet(db: Db, id: string) {
  await db.delete(indicatorSets).where(eq(indicatorSets.id, id));
}

/** The editions of a series, newest first. */
export function listEditions(db: Db, seriesId: string, statuses: readonly string[]) {
  return db
    .select({
      id: indicatorSets.id,
      edition: indicatorSets.edition,
      status: indicatorSets.status,
      publishedAt: indicatorSets.publishedAt,
    })
    .from(indicatorSets)
    .where(and(eq(indicatorSets.seriesId, seriesId), sql`${indicatorSets.status} in ${statuses}`))
    .orderBy(desc(indicatorSets.edition));
}

/** The highest edition of a series and whether a draft edition exists. */
export async function seriesState(db: Db, seriesId: string) {
  const [row] = await selectRows<{ last: number; draft: number | null }>(
    db,
    sql`select max(edition)::int as last, max(edition) filter (where status = 'draft')::int as draft
        from indicator_sets where series_id = ${seriesId}`,
  );
  return { last: row?.last ?? 0, draft: row?.draft ?? null };
}

export type SetFilter = {
  statuses: readonly string[];
  kind?: string | undefined;
  category?: string | undefined;
  status?: string | undefined;
  q?: string | undefined;
  latestOnly: boolean;
};

type SummaryRow = Omit<IndicatorSetSummary, 'derivedFrom' | 'updatedAt' | 'publishedAt'> & {
  derivedId: string | null;
  derivedName: string | null;
  derivedEdition: number | null;
  updatedAt: string;
  publishedAt: string | null;
  total: number;
};

/**
 * One page of sets: filters first, then (with `latestOnly`) the newest matching edition of each
 * series, so a unit user whose newest edition is a hidden draft still sees the published one.
 */
export async function listSets(
  db: Db,
  filter: SetFilter,
  page: number,
  pageSize: number,
): Promise<{ items: IndicatorSetSummary[]; total: number; page: number; pageSize: number }> {
  const parts: SQL[] = [sql`s.status in ${filter.statuses}`];
  if (filter.kind) parts.push(sql`s.kind = ${filter.kind}`);
  if (filter.category) parts.push(sql`s.category = ${filter.category}`);
  if (filter.status) parts.push(sql`s.status = ${filter.status}`);
  if (filter.q) parts.push(sql`s.name ilike ${`%${filter.q.replace(/[\\%_]/g, '\\$&')}%`}`);
  const rows = await selectRows<SummaryRow>(
    db,
    sql`with matching as (
          select s.*, row_number() over (partition by s.series_id order by s.edition desc) as rank
          from indicator_sets s where ${sql.join(parts, sql` and `)}
        ), picked as (
          select * from matching ${filter.latestOnly ? sql`where rank = 1` : sql``}
        )
        select p.id, p.series_id as "seriesId", p.edition, p.kind, p.category, p.name,
          p.full_mark as "fullMark", p.bonus_cap as "bonusCap", p.status, p.region_id as "regionId",
          p.version, p.updated_at as "updatedAt", p.published_at as "publishedAt",
          d.id as "derivedId", d.name as "derivedName", d.edition as "derivedEdition",
          (select count(*)::int from indicator_nodes n where n.set_id = p.id) as "nodeCount",
          (select count(*)::int from indicator_nodes n where n.set_id = p.id and not exists
            (select 1 from indicator_nodes c where c.set_id = p.id and c.parent_id = n.id)) as "leafCount",
          count(*) over ()::int as total
        from picked p left join indicator_sets d on d.id = p.derived_from_set_id
        order by p.kind, p.category nulls first, p.name, p.edition desc
        limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
  const total: number = rows[0]?.total ?? (page > 1 ? await countSets(db, filter) : 0);
  const items: IndicatorSetSummary[] = rows.map(
    ({ derivedId, derivedName, derivedEdition, total: _t, ...r }) => ({
      ...r,
      fullMark: Number(r.fullMark),
      bonusCap: r.bonusCap === null ? null : Number(r.bonusCap),
      updatedAt: iso(r.updatedAt) as string,
      publishedAt: iso(r.publishedAt),
      derivedFrom: derivedId
        ? { setId: derivedId, name: derivedName as string, edition: derivedEdition as number }
        : null,
    }),
  );
  return { items, total, page, pageSize };
}

/** The total when the page asked for lies beyond the last one. */
async function countSets(db: Db, filter: SetFilter): Promise<number> {
  const { items: _i, total } = await listSets(db, filter, 1, 1);
  return total;
}
