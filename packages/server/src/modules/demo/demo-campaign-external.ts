import { type ExternalItem, itemKey } from '@bianping/core/campaigns/external';
import { frozenLeaves } from '@bianping/core/campaigns/freeze';
import { windowOf } from '@bianping/core/campaigns/phases';
import type { TargetPhaseState } from '@bianping/core/campaigns/target-phase';
import type { ExternalFreeItem, ExternalRatingLevel } from '@bianping/core/campaigns/vocabulary';
import type { Db } from '../../db/client.ts';
import {
  externalAssignments,
  externalFindings,
  externalSheets,
  targetPhases,
} from '../../db/schema/index.ts';
import { insertAll } from './demo-campaign-bulk.ts';
import type { LaunchedDemoCampaign } from './demo-campaign-plan.ts';
import { onDay, type Quality } from './demo-campaign-scores.ts';
import { addDays, randomDate } from './demo-dates.ts';
import { streamFor } from './random.ts';

/**
 * 外部评价 of the demo campaigns, in the external-rating tables' shapes: each target is rated by
 * 3–5 of the rater departments on the free item each department knows about and on the target's
 * indicators whose sources include 'external' (core `ExternalItem`, keyed by `itemKey`); each
 * department has one sheet per campaign. The demo has one development-zone unit, not two, so the
 * raters are 20 county departments. 县直机关工委 grades kindly, so rater consistency has a case.
 */

/** [short name, the free item it grades]. */
export const RATER_DEPARTMENTS: [string, ExternalFreeItem][] = [
  ['县委组织部', 'personnel'],
  ['县直机关工委', 'partyBuilding'],
  ['县委办', 'partyBuilding'],
  ['县委宣传部', 'partyBuilding'],
  ['县委统战部', 'partyBuilding'],
  ['县委政法委', 'petitions'],
  ['县委巡察办', 'partyBuilding'],
  ['县政府办', 'petitions'],
  ['县发改局', 'finance'],
  ['县财政局', 'finance'],
  ['县人社局', 'personnel'],
  ['县审计局', 'finance'],
  ['县统计局', 'finance'],
  ['县信访局', 'petitions'],
  ['县司法局', 'petitions'],
  ['县市场监管局', 'petitions'],
  ['县应急局', 'petitions'],
  ['县自然资源局', 'finance'],
  ['县住建局', 'finance'],
  ['县审批局', 'personnel'],
];

/** The department that rates everyone a notch too well. */
export const LENIENT_RATER = '县直机关工委';

const levelFor = (score: number): ExternalRatingLevel =>
  score > 0.8 ? 'good' : score > 0.6 ? 'fairlyGood' : 'fair';

const COMMENTS: Record<ExternalRatingLevel, string> = {
  good: '配合积极，工作成效明显。',
  fairlyGood: '总体较好，个别事项办理不够及时。',
  fair: '协作配合不够，存在推诿和拖延现象。',
};

/**
 * Writes assignments, grades, sheets and the targets' external phase. `sheetStates` gives each
 * department's sheet state (default `submitted`): a submitted sheet is fully graded, one in
 * progress about 40 %, one not started not at all. `rated` marks every target's phase as rated.
 */
export async function insertExternalRatings(
  tx: Db,
  campaign: LaunchedDemoCampaign,
  quality: Quality,
  seed: number,
  options: { sheetStates?: ReadonlyMap<string, TargetPhaseState>; rated: boolean },
) {
  const rnd = streamFor(seed, `campaign-external-${campaign.spec.year}`);
  const window = windowOf(campaign.plan.phases, 'external');
  if (!window) return 0;
  const { actors } = campaign;
  const raters = RATER_DEPARTMENTS.map(([short, free]) => ({
    short,
    free,
    unitId: campaign.unitsByShortName.get(short),
    state: options.sheetStates?.get(short) ?? ('submitted' as TargetPhaseState),
    bias: short === LENIENT_RATER ? 0.25 : (rnd.next() - 0.5) * 0.08,
  })).filter((r): r is typeof r & { unitId: string } => Boolean(r.unitId));
  const assignments: (typeof externalAssignments.$inferInsert)[] = [];
  const findings: (typeof externalFindings.$inferInsert)[] = [];
  const graded = new Map<string, { total: number; done: number; allSubmitted: boolean }>();
  for (const target of campaign.targets) {
    const items: ExternalItem[] = target.sets.flatMap((set) =>
      frozenLeaves(set)
        .filter((n) => n.sources.includes('external') && n.maxPoints > 0)
        .map((n) => ({ kind: 'indicator' as const, nodeCode: n.code, setId: set.id })),
    );
    const q = quality.get(target.unitId) ?? 0.7;
    const chosen = rnd.shuffle(raters.filter((r) => r.unitId !== target.unitId)).slice(0, rnd.int(3, 5));
    const tally = { total: 0, done: 0, allSubmitted: true };
    for (const rater of chosen) {
      if (rater.state !== 'submitted') tally.allSubmitted = false;
      const share = rater.state === 'submitted' ? 1 : rater.state === 'notStarted' ? 0 : 0.4;
      for (const item of [{ kind: 'free' as const, item: rater.free }, ...items]) {
        const id = rnd.uuid();
        const isGraded = rnd.next() < share;
        const level = levelFor(q + rater.bias + (rnd.next() - 0.5) * 0.25);
        const ratedAt = onDay(randomDate(rnd, window.start, addDays(window.end, -2)), rnd);
        const ratedBy = rater.unitId === actors.raterAccountUnitId ? actors.rater : null;
        tally.total++;
        if (isGraded) tally.done++;
        assignments.push({
          id,
          campaignId: campaign.id,
          raterUnitId: rater.unitId,
          targetUnitId: target.unitId,
          item,
          itemKey: itemKey(item),
          level: isGraded ? level : null,
          comment: isGraded ? COMMENTS[level] : '',
          version: isGraded ? 1 : 0,
          ratedBy: isGraded ? ratedBy : null,
          ratedAt: isGraded ? ratedAt : null,
        });
        if (isGraded && level === 'fair' && rnd.chance(0.5)) {
          findings.push({
            assignmentId: id,
            campaignId: campaign.id,
            targetUnitId: target.unitId,
            indicatorCode: item.kind === 'indicator' ? item.nodeCode : null,
            category: 'duties',
            severity: 'general',
            description: `${target.shortName}在协同办理中响应不及时，存在推诿现象`,
            createdBy: ratedBy,
            createdAt: ratedAt,
          });
        }
      }
    }
    graded.set(target.unitId, tally);
  }
  const sheets = raters.map((r) => {
    const submittedAt = onDay(addDays(window.end, -rnd.int(1, 4)), rnd);
    const isSubmitted = r.state === 'submitted';
    const by = r.unitId === actors.raterAccountUnitId ? actors.rater : null;
    return {
      campaignId: campaign.id,
      raterUnitId: r.unitId,
      state: r.state,
      submittedAt: isSubmitted ? submittedAt : null,
      submittedBy: isSubmitted ? by : null,
      updatedAt: submittedAt,
      version: r.state === 'notStarted' ? 1 : isSubmitted ? 3 : 2,
    };
  });
  const phases = [...graded]
    .filter(([, g]) => options.rated || g.done > 0)
    .map(([unitId, g]) => {
      const state: TargetPhaseState = options.rated ? 'rated' : g.allSubmitted ? 'submitted' : 'inProgress';
      const at = onDay(addDays(window.end, options.rated ? 2 : -1), rnd);
      return {
        campaignId: campaign.id,
        unitId,
        phase: 'external',
        state,
        submittedAt: state === 'inProgress' ? null : at,
        updatedAt: at,
        version: state === 'inProgress' ? 1 : state === 'submitted' ? 2 : 3,
      };
    });
  await insertAll(tx, externalAssignments, assignments);
  await insertAll(tx, externalFindings, findings);
  await insertAll(tx, externalSheets, sheets);
  await insertAll(tx, targetPhases, phases);
  return assignments.length;
}
