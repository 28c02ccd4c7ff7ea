import type { RoleAssignment } from '@bianping/core/auth/roles';
import { forbidden, notFound } from '@bianping/core/errors';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { listAssignments } from '../auth/auth.queries.ts';
import { regionSubtreeIds } from '../regions/regions.queries.ts';
import { registryEditors, type UnitScope, unitScopeOf } from '../registry/registry.policy.ts';

/** Who imports and exports the registry: office staff and administrators. */
export const importers = registryEditors;

/** Regions a user may import into and export from; `all` for an unscoped officer or admin. */
export type ImportScope = { all: boolean; regionIds: ReadonlySet<string> };

const toImportScope = (scope: UnitScope): ImportScope =>
  scope.allRegions
    ? { all: true, regionIds: new Set() }
    : { all: false, regionIds: new Set(scope.regionIds) };

/**
 * The scope of a user's officer and admin roles only: a unit liaison role held beside them does
 * not let the user import into that unit. Jobs run away from the request, so they start from
 * the user's current role assignments.
 */
export async function importScopeOfUser(db: Db, userId: string): Promise<ImportScope> {
  const roles: RoleAssignment[] = await listAssignments(db, userId);
  // unitScopeOf reads only the role assignments of the principal.
  return toImportScope(await unitScopeOf(db, { roles } as Principal, importers));
}

/** The import scope of the caller of a route. */
export const importScopeOf = async (db: Db, principal: Principal) =>
  toImportScope(await unitScopeOf(db, principal, importers));

export const isRegionInScope = (scope: ImportScope, regionId: string) =>
  scope.all || scope.regionIds.has(regionId);

/**
 * The regions an export covers: the caller's scope, narrowed to `regionId`'s subtree when
 * given. null means every region.
 */
export async function exportRegions(db: Db, scope: ImportScope, regionId?: string): Promise<string[] | null> {
  if (!regionId) return scope.all ? null : [...scope.regionIds];
  const subtree = await regionSubtreeIds(db, [regionId]);
  if (subtree.length === 0) throw notFound({ zh: '行政区划', en: 'Region' }, 'regionId');
  if (scope.all) return subtree;
  const within = subtree.filter((id) => scope.regionIds.has(id));
  if (within.length === 0) throw forbidden();
  return within;
}
