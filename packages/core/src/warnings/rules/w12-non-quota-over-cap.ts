import { defineRule, hit, isInactive } from './rule.ts';

/**
 * W12 编外超控制数 (DOMAIN.md §4, S29, S11): `编外人员 > 编外用工控制数`. A cap of 0 allows
 * nobody; no cap set (null) means the rule does not apply.
 */
export const w12NonQuotaOverCap = defineRule({
  code: 'W12',
  name: { zh: '编外超控制数', en: 'Non-quota staff over the cap' },
  severity: 'orange',
  describe: () => ({
    zh: '编外用工人数超过编外用工控制数时预警；未核定控制数的单位不检查。',
    en: 'Warns when the number of staff employed outside the quota exceeds the approved cap; units without a cap are not checked.',
  }),
  collect(snapshot, _settings, _today, out) {
    if (isInactive(snapshot)) return;
    const { cap, headcount } = snapshot.nonQuota;
    if (cap === null || headcount <= cap) return;
    out.push(
      hit(
        'W12',
        snapshot.unit.id,
        'orange',
        'nonQuota',
        { cap, headcount, over: headcount - cap },
        {
          zh: `编外用工控制数 ${cap} 名，实有编外人员 ${headcount} 名，超出 ${headcount - cap} 名`,
          en: `Non-quota cap ${cap}, ${headcount} employed outside the quota, ${headcount - cap} over`,
        },
      ),
    );
  },
});
