import { defineRule, hit, isInactive, staffingTypeLabel } from './rule.ts';

/**
 * W02 超编进人 (DOMAIN.md §4, definitions S25, S54), an event rule on the 入编 entries of the
 * snapshot: an entry after which `H_t > A_t` (using the ledger figures of that day), or an entry
 * without a 用编核准. Both can hit the same entry, under different keys. Red; blocks the
 * transaction by default (the server decides whether to block).
 */
export const w02HiringOverQuota = defineRule({
  code: 'W02',
  name: { zh: '超编进人', en: 'Hiring beyond quota' },
  severity: 'red',
  blocksByDefault: true,
  describe: () => ({
    zh: '入编后该编制类型实有人数超过核定编制数（H > A），或未经用编核准即入编时预警；默认阻止办理。',
    en: 'Warns when an entry (入编) leaves the staffing type with more people than its quota (H > A), or when someone entered without a quota-use approval (用编核准); blocks the transaction by default.',
  }),
  collect(snapshot, _settings, _today, out) {
    if (isInactive(snapshot)) return;
    const unitId = snapshot.unit.id;
    for (const movement of snapshot.movements) {
      if (movement.kind !== 'entry') continue;
      const { id, staffId, staffName, staffingType, processedOn } = movement;
      const label = staffingTypeLabel(staffingType);
      if (movement.headcountAfterEntry > movement.approvedAtEntry) {
        const approved = movement.approvedAtEntry;
        const actual = movement.headcountAfterEntry;
        out.push(
          hit(
            'W02',
            unitId,
            'red',
            `overQuota:${id}`,
            { entryId: id, staffId, staffingType, processedOn, approved, actual, over: actual - approved },
            {
              zh: `${processedOn} ${staffName}入编${label.zh}后实有 ${actual} 名，超过核定编制 ${approved} 名`,
              en: `After ${staffName}'s entry on ${processedOn}, the ${label.en} has ${actual} people for ${approved} approved posts`,
            },
          ),
        );
      }
      if (!movement.hadApproval) {
        out.push(
          hit(
            'W02',
            unitId,
            'red',
            `noApproval:${id}`,
            { entryId: id, staffId, staffingType, processedOn },
            {
              zh: `${processedOn} ${staffName}入编${label.zh}，无用编核准`,
              en: `${staffName} was entered on the ${label.en} on ${processedOn} without a quota-use approval`,
            },
          ),
        );
      }
    }
  },
});
