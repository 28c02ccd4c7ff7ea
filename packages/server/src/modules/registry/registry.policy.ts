import type { Role } from '@bianping/core/auth/roles';
import { registryEditors, registryReaders, registryViewers } from '@bianping/core/auth/roles';
import { notFound } from '@bianping/core/errors';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { regionSubtreeIds } from '../regions/regions.queries.ts';
import { findUnit } from './unit-detail.queries.ts';

export { registryEditors, registryReaders, registryViewers };

export type UnitScope = { allRegions: true } | { allRegions: false; regionIds: string[]; unitIds: string[] };

/**
 * Which units a principal may read: everything, a set of region subtrees, or single units. The
 * queries apply it as a WHERE clause, so a unit user never receives another unit's rows.
 */
export async function unitScopeOf(
  db: Db,
  principal: Principal,
  roles: readonly Role[] = registryViewers,
): Promise<UnitScope> {
  const readers = principal.roles.filter((a) => roles.includes(a.role));
  if (readers.some((a) => a.scopeType === 'all')) return { allRegions: true };
  const regionRoots = readers.filter((a) => a.scopeType === 'region').map((a) => a.scopeId as string);
  const unitIds = principal.roles
    .filter((a) => a.role === 'unit' && roles.includes('unit') && a.scopeType === 'unit' && a.scopeId)
    .map((a) => a.scopeId as string);
  return {
    allRegions: false,
    regionIds: await regionSubtreeIds(db, regionRoots),
    unitIds,
  };
}

export const isInScope = (scope: UnitScope, unit: { id: string; regionId: string }) =>
  scope.allRegions || scope.regionIds.includes(unit.regionId) || scope.unitIds.includes(unit.id);

/** Throws 404 for a unit outside the principal's scope: its existence is not disclosed. */
export async function assertUnitInScope(
  db: Db,
  principal: Principal,
  unitId: string,
  roles: readonly Role[] = registryViewers,
) {
  const unit = await findUnit(db, unitId);
  if (!unit || !isInScope(await unitScopeOf(db, principal, roles), unit)) {
    throw notFound({ zh: '单位', en: 'Unit' });
  }
  return unit;
}
