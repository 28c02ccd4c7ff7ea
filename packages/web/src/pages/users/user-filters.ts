import { type Role, roles } from '@bianping/core/auth/roles';
import type { UserListQuery } from '../../api/users.ts';

export type UserFilterValues = { q?: string; role?: Role; active?: 'true' | 'false' };

/**
 * The list's filters and page live in the address bar, so a filtered list can be bookmarked,
 * shared, and survives a reload or the back button.
 */
export function queryFromParams(params: URLSearchParams): UserListQuery {
  const role = roles.find((r) => r === params.get('role'));
  const active = params.get('active');
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? 20);
  return {
    q: params.get('q') || undefined,
    role,
    active: active === 'true' || active === 'false' ? active : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: [10, 20, 50, 100].includes(pageSize) ? pageSize : 20,
  };
}

export function paramsFromQuery(query: UserListQuery): Record<string, string> {
  const out: Record<string, string> = {};
  if (query.q) out.q = query.q;
  if (query.role) out.role = query.role;
  if (query.active) out.active = query.active;
  if (query.page && query.page > 1) out.page = String(query.page);
  if (query.pageSize && query.pageSize !== 20) out.pageSize = String(query.pageSize);
  return out;
}
