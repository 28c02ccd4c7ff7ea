import type { AuditListQuery } from './audit.ts';
import type { CorrectionStatus, UnitListQuery } from './registry.ts';
import type { UserListQuery } from './users.ts';
import type { WarningListQuery } from './warnings.ts';

/** Every TanStack Query key in one place, so invalidation cannot miss a spelling. */
export const queryKeys = {
  me: ['me'] as const,
  users: (query?: UserListQuery) => (query ? (['users', 'list', query] as const) : (['users'] as const)),
  user: (id: string) => ['users', 'one', id] as const,
  audit: (query: AuditListQuery) => ['audit', query] as const,
  registryOverview: ['registry', 'overview'] as const,
  registryTree: ['registry', 'tree'] as const,
  regions: ['regions'] as const,
  /** Everything about units (lists and pages): the prefix to invalidate after a change. */
  allUnits: ['units'] as const,
  unitLists: ['units', 'list'] as const,
  units: (query: UnitListQuery) => ['units', 'list', query] as const,
  unit: (id: string) => ['units', 'one', id] as const,
  corrections: (status?: CorrectionStatus) =>
    status ? (['corrections', status] as const) : (['corrections'] as const),
  warningRules: ['warnings', 'rules'] as const,
  /** Lists and the summary: the prefix to invalidate after a scan or a transition. */
  allWarnings: ['warnings'] as const,
  warnings: (query: WarningListQuery) => ['warnings', 'list', query] as const,
  warningSummary: ['warnings', 'summary'] as const,
  job: (id: string) => ['jobs', id] as const,
  importTemplates: ['imports', 'templates'] as const,
};
