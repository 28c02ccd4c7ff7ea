import { leaderLevels } from '../warnings.schemas.ts';
import { defineRule, hit, isInactive } from './rule.ts';

/**
 * W03 超职数 (DOMAIN.md §4, definition S26): `LH_l > LA_l` for any leader level l (a level
 * without approved posts has LA_l = 0); and internal-body heads in place beyond the approved
 * number of internal bodies (each body has one head), key `bodyHeadsVsBodies`.
 */
export const w03OverLeaderPosts = defineRule({
  code: 'W03',
  name: { zh: '超职数', en: 'Leaders beyond approved posts' },
  severity: 'red',
  describe: () => ({
    zh: '任一层级（部门正职、部门副职、内设机构正职、内设机构副职）实配领导人数超过核定职数，或内设机构正职人数超过核定内设机构数时预警。',
    en: 'Warns when the leaders in place at any level (unit head, unit deputy, internal-body head, internal-body deputy) exceed the approved posts, or internal-body heads exceed the approved number of internal bodies.',
  }),
  collect(snapshot, _settings, _today, out) {
    if (isInactive(snapshot)) return;
    const unitId = snapshot.unit.id;
    for (const level of leaderLevels.codes) {
      const posts = snapshot.leaderPosts[level];
      if (!posts || posts.actual <= posts.approved) continue;
      const { approved, actual } = posts;
      const label = leaderLevels.labels[level];
      out.push(
        hit(
          'W03',
          unitId,
          'red',
          level,
          { leaderLevel: level, approved, actual, over: actual - approved },
          {
            zh: `${label.zh}核定职数 ${approved} 名，实配 ${actual} 名，超职数 ${actual - approved} 名`,
            en: `${label.en}: ${approved} approved posts, ${actual} in place, ${actual - approved} over`,
          },
        ),
      );
    }
    const bodyHeads = snapshot.leaderPosts.bodyHead?.actual ?? 0;
    const bodies = snapshot.internalBodies.approved;
    if (bodyHeads > bodies) {
      out.push(
        hit(
          'W03',
          unitId,
          'red',
          'bodyHeadsVsBodies',
          { approvedBodies: bodies, bodyHeads, over: bodyHeads - bodies },
          {
            zh: `核定内设机构 ${bodies} 个，内设机构正职实配 ${bodyHeads} 名，多出 ${bodyHeads - bodies} 名`,
            en: `${bodies} internal bodies approved but ${bodyHeads} internal-body heads in place, ${bodyHeads - bodies} too many`,
          },
        ),
      );
    }
  },
});
