import { unitCategories, unitKinds, unitStatuses } from '@bianping/core/registry/vocabulary';
import type { UnitListQuery } from '../../api/registry.ts';
import { idParam, pageFromParams, pageToParams } from '../../components/url-params.ts';

export type UnitFilterValues = Pick<UnitListQuery, 'q' | 'kind' | 'category' | 'status' | 'warning'>;

const pick = <T extends string>(list: readonly T[], value: string | null) => list.find((v) => v === value);
const WARNING = /^(any|W\d\d)$/;

/** The region, filters and page live in the address bar, so a filtered list survives a reload. */
export function queryFromParams(params: URLSearchParams): UnitListQuery {
  const warning = params.get('warning');
  return {
    regionId: idParam(params.get('regionId')),
    q: params.get('q') || undefined,
    kind: pick(unitKinds.codes, params.get('kind')),
    category: pick(unitCategories.codes, params.get('category')),
    status: pick(unitStatuses.codes, params.get('status')),
    warning: warning && WARNING.test(warning) ? warning : undefined,
    ...pageFromParams(params),
  };
}

export function paramsFromQuery(query: UnitListQuery): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['regionId', 'q', 'kind', 'category', 'status', 'warning'] as const) {
    const value = query[key];
    if (value) out[key] = value;
  }
  return { ...out, ...pageToParams(query) };
}
