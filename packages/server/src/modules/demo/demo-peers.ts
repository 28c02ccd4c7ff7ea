import type { UnitCategory, UnitKind } from '@bianping/core/registry/vocabulary';
import type { DemoUnit } from './demo-county.ts';
import { HISTORY_FIRST_YEAR, HISTORY_LAST_YEAR } from './demo-dates.ts';
import { BUDGET, measuresOf } from './demo-measures.ts';
import { planned, type UnitsByShortName } from './demo-plan.ts';
import type { Random } from './random.ts';

/**
 * The neighbouring counties of 示范市 the demo compares with (同类机构对比): their size relative
 * to 示范县 and how much work a person gets through there.
 */
export const PEER_COUNTIES = [
  { code: '990122', name: '东湖县', size: 0.85, productivity: 1.12 },
  { code: '990123', name: '西山县', size: 1.2, productivity: 0.92 },
  { code: '990124', name: '南河县', size: 0.95, productivity: 1.0 },
] as const;

/** The same-type institutions compared across counties, by their 示范县 counterpart. */
const COMPARED = [
  '县市场监管局',
  '县审批局',
  '县公安局',
  '县财政局',
  '县人社局',
  '县自然资源局',
  '县民政局',
  '县农业农村局',
  '人民医院',
  '中医医院',
  '妇幼保健院',
  '疾病预防控制中心',
  '第一中学',
  '第一高级中学',
  '实验小学',
  '融媒体中心',
  '不动产登记中心',
  '政务服务中心',
  '城市管理综合执法大队',
  '农业技术推广中心',
];

export type DemoPeerBenchmark = {
  regionName: string;
  name: string;
  category: UnitCategory;
  kind: UnitKind;
  year: number;
  quota: number;
  headcount: number;
  workload: Record<string, number>;
};

const total = (rows: readonly { amount?: number; count?: number }[]) =>
  rows.reduce((sum, r) => sum + (r.amount ?? r.count ?? 0), 0);

/** Yearly quota, headcount and workload of the peers, in the same measures as 示范县's units. */
export function generatePeers(byShort: UnitsByShortName, rnd: Random): DemoPeerBenchmark[] {
  const peers: DemoPeerBenchmark[] = [];
  for (const county of PEER_COUNTIES) {
    for (const shortName of COMPARED) {
      const unit: DemoUnit = planned(byShort, shortName);
      const baseQuota = Math.max(5, Math.round(total(unit.quotas) * county.size * (0.85 + rnd.next() * 0.3)));
      const fill = 0.86 + rnd.next() * 0.12;
      const measures = measuresOf(unit).map((m) => ({
        ...m,
        level: m.perHead * county.productivity * (0.8 + rnd.next() * 0.4),
      }));
      for (let year = HISTORY_FIRST_YEAR; year <= HISTORY_LAST_YEAR; year++) {
        const quota = Math.round(baseQuota * (1 + 0.01 * (year - HISTORY_LAST_YEAR)));
        const headcount = Math.min(quota, Math.round(quota * fill * (0.97 + rnd.next() * 0.06)));
        const workload: Record<string, number> = {};
        for (const m of measures) {
          const trend =
            (1 + m.growth) ** (year - HISTORY_LAST_YEAR) * (m.pandemic && year === 2022 ? 0.8 : 1);
          workload[m.name] = Math.round(m.level * headcount * trend * (0.95 + rnd.next() * 0.1));
        }
        const pay = unit.fundingForm === 'full' ? 17.5 : unit.fundingForm === 'partial' ? 9 : 2.5;
        workload[BUDGET] =
          Math.round((headcount * pay + quota * 2.2) * 1.03 ** (year - HISTORY_LAST_YEAR) * 10) / 10;
        peers.push({
          regionName: county.name,
          name: unit.name.replace('示范县', county.name),
          category: unit.category,
          kind: unit.kind,
          year,
          quota,
          headcount,
          workload,
        });
      }
    }
  }
  return peers;
}
