import type { FrozenSetRef } from '@bianping/core/campaigns/freeze';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type IndicatorSetSummary, listIndicatorSets } from '../../api/indicators.ts';
import { queryKeys } from '../../api/keys.ts';

const query = { status: 'published', pageSize: 200 } as const;

/**
 * The published indicator sets, the only ones a campaign may choose (drafts cannot be frozen), and
 * a lookup by id for naming the sets of a target.
 */
export function usePublishedSets() {
  const { data, isPending } = useQuery({
    queryKey: queryKeys.indicatorSets(query),
    queryFn: ({ signal }) => listIndicatorSets(query, signal),
    staleTime: 60_000,
  });
  const sets = data?.items ?? [];
  const byId = useMemo(() => new Map((data?.items ?? []).map((s) => [s.id, s])), [data]);
  return { sets, byId, isPending };
}

/** "名称 · 第 n 版" for a set id; the bare id when the set is unknown to the caller. */
export const setName = (byId: ReadonlyMap<string, IndicatorSetSummary>, id: string) => {
  const set = byId.get(id);
  return set ? `${set.name} · v${set.edition}` : id.slice(0, 8);
};

/**
 * Names the sets of targets: library sets before launch, the campaign's frozen copies after
 * (their ids are new, their names and editions those of the library set they came from).
 */
export function useSetNames(frozenSets: readonly FrozenSetRef[] = []) {
  const { byId } = usePublishedSets();
  return useMemo(() => {
    const frozen = new Map(frozenSets.map((f) => [f.id, `${f.name} · v${f.source.edition}`]));
    return (id: string) => frozen.get(id) ?? setName(byId, id);
  }, [byId, frozenSets]);
}
