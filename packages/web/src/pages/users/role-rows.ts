import type { RoleAssignmentSchema } from '@bianping/core/auth';
import { allowedScopes, type Role, type ScopeType } from '@bianping/core/auth/roles';
import type { RoleAssignmentInput } from '@bianping/core/users';
import type { z } from 'zod';

type Assignment = z.infer<typeof RoleAssignmentSchema>;

/** One row of the roles editor while it is being filled in. */
export type RoleRow = {
  role?: Role;
  scopeType?: ScopeType;
  scopeId?: string | null;
  /** The scope's display name, so a unit picked earlier shows its name before any search. */
  scopeName?: string | null;
};

/**
 * Scope types offered for a role. Campaigns do not exist yet, so a campaign scope is offered only
 * to keep one that an assignment already has (say, made from the command line).
 */
export function scopeTypesFor(role: Role | undefined, current?: ScopeType): ScopeType[] {
  if (!role) return [];
  return allowedScopes[role].filter((s) => s !== 'campaign' || current === 'campaign');
}

export const rowsFromAssignments = (roles: readonly Assignment[]): RoleRow[] =>
  roles.map((r) => ({
    role: r.role,
    scopeType: r.scopeType,
    scopeId: r.scopeId,
    scopeName: r.scopeName ?? null,
  }));

/** The rows as the API takes them; the form's rules have made sure every row is complete. */
export const assignmentsFromRows = (rows: readonly RoleRow[] | undefined): RoleAssignmentInput[] =>
  (rows ?? []).flatMap((r) =>
    r.role && r.scopeType
      ? [
          {
            role: r.role,
            scopeType: r.scopeType,
            scopeId: r.scopeType === 'all' ? null : (r.scopeId ?? null),
          },
        ]
      : [],
  );

export const rowKey = (r: RoleRow) =>
  `${r.role}|${r.scopeType}|${r.scopeType === 'all' ? '' : (r.scopeId ?? '')}`;
