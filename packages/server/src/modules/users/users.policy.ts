import { allowedScopes, roleLabels, scopeTypeLabels } from '@bianping/core/auth/roles';
import { AppError, ErrorCode } from '@bianping/core/errors';
import type { RoleAssignmentInput } from '@bianping/core/users';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { regions, units } from '../../db/schema/index.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A role assignment must pair a role with a scope that role can have, and a scoped assignment
 * must name an existing region or unit; otherwise the user would silently see nothing.
 */
export async function checkAssignments(db: Db, roles: RoleAssignmentInput[]) {
  for (const [i, a] of roles.entries()) {
    const field = `roles.${i}`;
    if (!allowedScopes[a.role].includes(a.scopeType)) {
      throw new AppError(
        ErrorCode.Validation,
        {
          zh: `角色“${roleLabels[a.role].zh}”不能按“${scopeTypeLabels[a.scopeType].zh}”授权`,
          en: `Role ${roleLabels[a.role].en} cannot be scoped to ${scopeTypeLabels[a.scopeType].en}`,
        },
        `${field}.scopeType`,
      );
    }
    if (a.scopeType === 'all') {
      a.scopeId = null;
      continue;
    }
    if (!a.scopeId || !UUID.test(a.scopeId)) {
      throw new AppError(
        ErrorCode.Validation,
        { zh: '请选择授权范围', en: 'Choose the scope of the role' },
        `${field}.scopeId`,
      );
    }
    const table = a.scopeType === 'region' ? regions : a.scopeType === 'unit' ? units : null;
    if (!table) continue;
    const [found] = await db.select({ id: table.id }).from(table).where(eq(table.id, a.scopeId));
    if (!found) {
      throw new AppError(
        ErrorCode.Validation,
        {
          zh: `授权范围中的${scopeTypeLabels[a.scopeType].zh}不存在`,
          en: `The ${scopeTypeLabels[a.scopeType].en.toLowerCase()} of the scope does not exist`,
        },
        `${field}.scopeId`,
      );
    }
  }
}
