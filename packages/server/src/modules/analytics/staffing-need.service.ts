import type { StaffingNeed } from '@bianping/core/analytics/efficiency-api';
import { estimateStaffingNeed } from '@bianping/core/analytics/staffing-need';
import { AppError, ErrorCode } from '@bianping/core/errors';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { assertUnitInScope, registryReaders, unitScopeOf } from '../registry/registry.policy.ts';
import { loadPeerComparison } from '../registry/unit-peers.service.ts';

/**
 * 编制测算 of a unit: its 同类对比 group (same category and kind: the peer benchmarks and the
 * region's other active units) of the year, quota regressed on the chosen measures.
 */
export async function estimateUnitNeed(
  db: Db,
  principal: Principal,
  unitId: string,
  query: { year?: number | undefined; measures: string[]; level: '0.9' | '0.95' },
): Promise<StaffingNeed> {
  const unit = await assertUnitInScope(db, principal, unitId, registryReaders);
  const scope = await unitScopeOf(db, principal, registryReaders);
  const comparison = await loadPeerComparison(db, unit, query.year, scope);
  const [self, ...peers] = comparison.members;
  if (comparison.year === null || !self)
    throw new AppError(
      ErrorCode.Validation,
      { zh: '本单位和同类单位都没有工作量数据', en: 'Neither the unit nor its peers have workload figures' },
      'year',
    );
  const result = estimateStaffingNeed({
    unit: self,
    peers,
    measures: query.measures,
    level: query.level === '0.9' ? 0.9 : 0.95,
  });
  return {
    unitId: unit.id,
    unitName: unit.name,
    year: comparison.year,
    ...result,
    unitValues: result.measures.map((m) => self.workload[m] ?? 0),
  };
}
