import type { DemoUnit } from './demo-county.ts';
import { isOrgan } from './demo-county.ts';
import { DEMO_PLAN, planned, type UnitsByShortName } from './demo-plan.ts';
import type { Random } from './random.ts';

/** The share of a unit's quota its 编外用工控制数 allows, by what the unit does; null: none set. */
function capShare(unit: DemoUnit): number | null {
  if (unit.category === 'publicSecurity') return 0.55; // 辅警
  if (/执法/.test(unit.name)) return 0.5; // 协管员
  if (/医院|卫生院|保健院/.test(unit.name)) return 0.3; // 合同制护理人员
  if (unit.category === 'township' && unit.kind === 'administrative') return 0.4;
  if (/村小学|第\d幼儿园|服务站/.test(unit.name)) return null;
  if (/小学|中学|学校|幼儿园/.test(unit.name)) return 0.05; // 代课教师、保安
  return isOrgan(unit.kind) ? 0.12 : 0.1;
}

/**
 * 编外用工控制数 and the people employed outside the quota (W12): most units stay within the
 * cap, the planned ones exceed it by a tenth to a quarter.
 */
export function generateNonQuota(units: DemoUnit[], byShort: UnitsByShortName, rnd: Random) {
  const over = new Set(DEMO_PLAN.nonQuotaOverCap.map((name) => planned(byShort, name).id));
  for (const unit of units) {
    const share = capShare(unit);
    if (unit.status !== 'active' || share === null) continue;
    const quota = unit.quotas.reduce((sum, q) => sum + q.amount, 0);
    const cap = Math.max(1, Math.round(quota * share));
    unit.nonQuotaCap = cap;
    unit.nonQuotaHeadcount = over.has(unit.id)
      ? cap + Math.max(2, Math.round(cap * (0.1 + rnd.next() * 0.15)))
      : Math.round(cap * (0.6 + rnd.next() * 0.4));
  }
}
