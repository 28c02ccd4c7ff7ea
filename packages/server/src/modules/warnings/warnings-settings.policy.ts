import { AppError, ErrorCode } from '@bianping/core/errors';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { registryEditors, unitScopeOf } from '../registry/registry.policy.ts';

/**
 * Whose thresholds a principal may read and set: an administrator or an officer over everything
 * may set any region's; an officer over a region, that region and those below it. The region
 * list is public to every user, so a region outside the scope is refused (403), not hidden.
 */
export async function settableRegionIds(db: Db, principal: Principal): Promise<string[] | 'all'> {
  const scope = await unitScopeOf(db, principal, registryEditors);
  return scope.allRegions ? 'all' : scope.regionIds;
}

export async function assertRegionSettable(db: Db, principal: Principal, regionId: string) {
  const ids = await settableRegionIds(db, principal);
  if (ids === 'all' || ids.includes(regionId)) return;
  throw new AppError(ErrorCode.Forbidden, {
    zh: '您只能设置您负责的地区（及其下级地区）的预警阈值',
    en: 'You can only set warning thresholds for the regions you are responsible for and those below them',
  });
}
