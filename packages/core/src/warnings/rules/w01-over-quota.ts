import { staffingTypes } from '../../registry/vocabulary.ts';
import { defineRule, hit, isInactive, staffingTypeLabel } from './rule.ts';

/**
 * W01 超编 (DOMAIN.md §4, definition S25): `H_t > A_t` for any staffing type t, and `ΣH > ΣA`
 * for the unit total. A type without quota has A_t = 0, so any headcount in it is over quota.
 * Headcount equal to the quota (满编) is not over quota.
 *
 * The total is reported only when the unit uses two or more staffing types: with one type it
 * would repeat that type's hit word for word. It can show a unit over quota overall while one
 * type still has room, and it is silent when one type is over but the total is not.
 */
export const w01OverQuota = defineRule({
  code: 'W01',
  name: { zh: '超编', en: 'Over quota' },
  severity: 'red',
  describe: () => ({
    zh: '任一编制类型实有在编人数超过核定编制数（H > A），或单位实有总数超过编制总数时预警；实有等于编制数（满编）不预警。',
    en: 'Warns when the in-quota headcount of any staffing type exceeds its approved quota (H > A), or the unit total exceeds the total quota; headcount equal to the quota (full) does not warn.',
  }),
  collect(snapshot, _settings, _today, out) {
    if (isInactive(snapshot)) return;
    const { quotas, headcount } = snapshot;
    const unitId = snapshot.unit.id;
    let approvedTotal = 0;
    let actualTotal = 0;
    let typesUsed = 0;
    for (const type of staffingTypes.codes) {
      const approved = quotas[type] ?? 0;
      const actual = headcount[type] ?? 0;
      if (approved === 0 && actual === 0) continue;
      typesUsed++;
      approvedTotal += approved;
      actualTotal += actual;
      if (actual <= approved) continue;
      const label = staffingTypeLabel(type);
      const over = actual - approved;
      out.push(
        hit(
          'W01',
          unitId,
          'red',
          type,
          { staffingType: type, approved, actual, over },
          {
            zh: `${label.zh}核定 ${approved} 名，实有 ${actual} 名，超编 ${over} 名`,
            en: `${label.en}: ${approved} approved, ${actual} in post, ${over} over quota`,
          },
        ),
      );
    }
    if (typesUsed >= 2 && actualTotal > approvedTotal) {
      const over = actualTotal - approvedTotal;
      out.push(
        hit(
          'W01',
          unitId,
          'red',
          'total',
          { approved: approvedTotal, actual: actualTotal, over },
          {
            zh: `编制总数 ${approvedTotal} 名，实有在编 ${actualTotal} 名，超编 ${over} 名`,
            en: `Total quota ${approvedTotal}, ${actualTotal} in post, ${over} over quota`,
          },
        ),
      );
    }
  },
});
