import { indicatorSetKinds, indicatorSetStatuses } from '@bianping/core/indicators/vocabulary';
import { unitCategories } from '@bianping/core/registry/vocabulary';
import type { IndicatorSetListQuery } from '../../../api/indicators.ts';
import { pageFromParams, pageToParams } from '../../../components/url-params.ts';

export type SetFilterValues = Pick<IndicatorSetListQuery, 'q' | 'kind' | 'category' | 'status'>;

const pick = <T extends string>(list: readonly T[], value: string | null) => list.find((v) => v === value);

/** Filters and page live in the address bar, so a filtered list survives a reload. */
export function queryFromParams(params: URLSearchParams): IndicatorSetListQuery {
  return {
    q: params.get('q') || undefined,
    kind: pick(indicatorSetKinds.codes, params.get('kind')),
    category: pick(unitCategories.codes, params.get('category')),
    status: pick(indicatorSetStatuses.codes, params.get('status')),
    ...pageFromParams(params),
  };
}

export function paramsFromQuery(query: IndicatorSetListQuery): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['q', 'kind', 'category', 'status'] as const) {
    const value = query[key];
    if (value) out[key] = value;
  }
  return { ...out, ...pageToParams(query) };
}
