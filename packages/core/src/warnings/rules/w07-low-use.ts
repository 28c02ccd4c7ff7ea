import { defineRule, figure, hit, isInactive, percent, RATIO_EPSILON, total } from './rule.ts';

/**
 * W07 编制使用率低 (DOMAIN.md §4): `ΣH / ΣA < lowUseRate` (default 70 %, strict) and workload
 * per head below the peer-group median (strict). Without quota (ΣA = 0), or without both
 * workload figures, the rule cannot be established and stays silent.
 */
export const w07LowUse = defineRule({
  code: 'W07',
  name: { zh: '编制使用率低', en: 'Low use of quota' },
  severity: 'yellow',
  describe: (settings) => ({
    zh: `编制使用率 = 实有在编 ÷ 编制总数，低于 ${percent(settings.lowUseRate)} 且人均工作量低于同类单位中位数时预警。`,
    en: `Quota use = in-quota headcount ÷ total quota. Warns when it is below ${percent(settings.lowUseRate)} and workload per head is below the peer-group median.`,
  }),
  collect(snapshot, settings, _today, out) {
    if (isInactive(snapshot)) return;
    const { perHead, peerMedian } = snapshot.workload;
    if (perHead === null || peerMedian === null || perHead >= peerMedian) return;
    const approved = total(snapshot.quotas);
    if (approved === 0) return;
    const actual = total(snapshot.headcount);
    const useRate = actual / approved;
    if (useRate + RATIO_EPSILON >= settings.lowUseRate) return;
    out.push(
      hit(
        'W07',
        snapshot.unit.id,
        'yellow',
        'use',
        { approved, actual, useRate, threshold: settings.lowUseRate, workloadPerHead: perHead, peerMedian },
        {
          zh: `编制总数 ${approved} 名，实有在编 ${actual} 名，使用率 ${percent(useRate)}，低于 ${percent(settings.lowUseRate)}；人均工作量 ${figure(perHead)}，低于同类单位中位数 ${figure(peerMedian)}`,
          en: `Total quota ${approved}, ${actual} in post: ${percent(useRate)} used, below ${percent(settings.lowUseRate)}; workload per head ${figure(perHead)}, below the peer median ${figure(peerMedian)}`,
        },
      ),
    );
  },
});
