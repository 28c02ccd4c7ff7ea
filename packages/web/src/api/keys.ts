import type { AuditListQuery } from './audit.ts';
import type { UnitListQuery } from './registry.ts';
import type { UserListQuery } from './users.ts';

/** Every TanStack Query key in one place, so invalidation cannot miss a spelling. */
export const queryKeys = {
  me: ['me'] as const,
  users: (query?: UserListQuery) => (query ? (['users', 'list', query] as const) : (['users'] as const)),
  user: (id: string) => ['users', 'one', id] as const,
  audit: (query: AuditListQuery) => ['audit', query] as const,
  registryOverview: ['registry', 'overview'] as const,
  regions: ['regions'] as const,
  units: (query: UnitListQuery) => ['units', query] as const,
};
