import type { Role } from '@bianping/core/auth/roles';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { regionSubtreeIds } from '../regions/regions.queries.ts';

/** Roles that read the registry across units (within their region scope). */
export const registryReaders: readonly Role[] = ['admin', 'officer', 'leader'];

export type UnitScope = { allRegions: true } | { allRegions: false; regionIds: string[]; unitIds: string[] };

/**
 * Which units a principal may read: everything, a set of region subtrees, or single units. The
 * queries apply it as a WHERE clause, so a unit user never receives another unit's rows.
 */
export async function unitScopeOf(db: Db, principal: Principal): Promise<UnitScope> {
  const readers = principal.roles.filter((a) => registryReaders.includes(a.role));
  if (readers.some((a) => a.scopeType === 'all')) return { allRegions: true };
  const regionRoots = readers.filter((a) => a.scopeType === 'region').map((a) => a.scopeId as string);
  const unitIds = principal.roles
    .filter((a) => a.role === 'unit' && a.scopeType === 'unit' && a.scopeId)
    .map((a) => a.scopeId as string);
  return {
    allRegions: false,
    regionIds: await regionSubtreeIds(db, regionRoots),
    unitIds,
  };
}
