import type { UnitRank } from '../../registry/vocabulary.ts';
import { leaderLevels } from '../warnings.schemas.ts';
import { defineRule, hit, isInactive, rankLabel } from './rule.ts';

/**
 * W04 超规格配备 / 擅自高配 (DOMAIN.md §4, definitions S26, S34): a leader whose rank is above
 * the 规格 of the unit — or, for an internal-body leader whose body has an approved 规格, above
 * the body's — unless 是否高配 was approved. Ranks are compared by `settings.rankOrder`
 * (highest first); a rank not in it (未定级) is never compared. Equal rank is not over rank.
 * One hit per leader, keyed by staff id.
 */
export const w04OverRank = defineRule({
  code: 'W04',
  name: { zh: '超规格配备', en: 'Leader rank above the approved level' },
  severity: 'orange',
  describe: (settings) => ({
    zh: `领导干部职务层次高于单位（内设机构领导为内设机构）规格，且未经批准高配时预警。规格由高到低：${settings.rankOrder.map((r) => rankLabel(r).zh).join('、')}。`,
    en: `Warns when a leader's rank is above the approved level of the unit (for internal-body leaders, of the body) without approved over-rank appointment. Ranks from highest: ${settings.rankOrder.map((r) => rankLabel(r).en).join(', ')}.`,
  }),
  collect(snapshot, settings, _today, out) {
    if (isInactive(snapshot)) return;
    const order = settings.rankOrder;
    const unitRankIndex = order.indexOf(snapshot.unit.rank);
    const bodies = snapshot.internalBodies.actual;
    for (const person of snapshot.staff) {
      if (person.leaderLevel === null || person.leaderRank === null || person.overRankApproved) continue;
      const leaderIndex = order.indexOf(person.leaderRank);
      if (leaderIndex < 0) continue;
      let capRank: UnitRank = snapshot.unit.rank;
      let capIndex = unitRankIndex;
      let capIsBody = false;
      if (
        (person.leaderLevel === 'bodyHead' || person.leaderLevel === 'bodyDeputy') &&
        person.bodyId !== null
      ) {
        const body = bodies.find((b) => b.id === person.bodyId);
        if (body?.rank) {
          capRank = body.rank;
          capIndex = order.indexOf(body.rank);
          capIsBody = true;
        }
      }
      if (capIndex < 0 || leaderIndex >= capIndex) continue;
      const level = leaderLevels.labels[person.leaderLevel];
      const held = rankLabel(person.leaderRank);
      const cap = rankLabel(capRank);
      out.push(
        hit(
          'W04',
          snapshot.unit.id,
          'orange',
          person.id,
          {
            staffId: person.id,
            leaderLevel: person.leaderLevel,
            leaderRank: person.leaderRank,
            approvedRank: capRank,
            bodyId: capIsBody ? person.bodyId : null,
          },
          {
            zh: `${person.name}（${level.zh}）职务层次为${held.zh}，高于${capIsBody ? '内设机构' : '单位'}规格${cap.zh}，未经批准高配`,
            en: `${person.name} (${level.en}) holds ${held.en} rank, above the ${capIsBody ? 'internal body' : 'unit'}'s approved ${cap.en} level, without approval`,
          },
        ),
      );
    }
  },
});
