import type { AuditListQuery } from '../../api/audit.ts';

const PAGE_SIZES = [20, 50, 100, 200];

/** Filters and page in the address bar, as on the users page. */
export function auditQueryFromParams(params: URLSearchParams): AuditListQuery {
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? 50);
  return {
    actor: text('actor'),
    action: text('action'),
    entityType: text('entityType'),
    entityId: text('entityId'),
    from: text('from'),
    to: text('to'),
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 50,
  };
}

export function auditParamsFromQuery(query: AuditListQuery): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const) {
    const value = query[key];
    if (value) out[key] = value;
  }
  if (query.page && query.page > 1) out.page = String(query.page);
  if (query.pageSize && query.pageSize !== 50) out.pageSize = String(query.pageSize);
  return out;
}

export const auditPageSizes = PAGE_SIZES;
