import { type FrozenNode, frozenLeaves } from '@bianping/core/campaigns/freeze';
import { windowOf } from '@bianping/core/campaigns/phases';
import { isDeductionRule } from '@bianping/core/campaigns/supervision-slips';
import type { TargetPhaseState } from '@bianping/core/campaigns/target-phase';
import type { FindingCategory, FindingSeverity } from '@bianping/core/campaigns/vocabulary';
import type { Db } from '../../db/client.ts';
import {
  documentChecks,
  interviewRecords,
  onsiteEntries,
  onsiteFindings,
  targetPhases,
} from '../../db/schema/index.ts';
import { insertAll } from './demo-campaign-bulk.ts';
import type { DemoTarget, LaunchedDemoCampaign } from './demo-campaign-plan.ts';
import { demoScore, onDay, type Quality } from './demo-campaign-scores.ts';
import { addDays, randomDate } from './demo-dates.ts';
import type { Random } from './random.ts';
import { streamFor } from './random.ts';

/**
 * 实地评估 of the demo campaigns by each target's drawn team, in the on-site tables' shapes: a
 * score (core `ScoreInput`) with a justification per on-site leaf, findings on the leaves that
 * lost points (category and severity from the ledger's vocabulary), interviews on the campaign's
 * outlines and the document checklist. One team is a little lenient, so the consistency checks
 * have something to show; a few weak units trip a veto item.
 */

/** The team that scores a shade kindly (team 4). */
export const LENIENT_TEAM = 4;

const FINDINGS: Record<FindingCategory, string[]> = {
  duties: ['部分“三定”职责未明确承办科室，存在推诿现象', '职责调整后的工作衔接不到位'],
  organisation: ['内设机构名称与“三定”规定不一致', '擅自设立临时机构未按规定报批'],
  quotaUse: ['存在混编混岗情况', '借调人员超过规定期限未办理手续'],
  leaderPosts: ['中层职数超核定数配备', '领导职数配备与核定不符'],
  roster: ['实名制信息更新不及时', '人员出编手续办理滞后'],
  institutionRegistration: ['所属事业单位未按时办理年度报告', '事业单位登记信息变更滞后'],
  other: ['机构编制档案管理不规范'],
};

const ROLES: Record<string, string[]> = {
  principal: ['局长', '主任', '党组书记'],
  leadershipMember: ['副局长', '副主任', '纪检组长'],
  institutionHead: ['所属事业单位主任', '中心负责人'],
  sectionStaff: ['办公室主任', '人事科科员', '业务科科长'],
};

const SEVERITY_BY_WEAKNESS: [number, FindingSeverity][] = [
  [0.5, 'fairlySerious'],
  [0.68, 'general'],
  [1, 'minor'],
];

type OnsiteRows = {
  entries: (typeof onsiteEntries.$inferInsert)[];
  findings: (typeof onsiteFindings.$inferInsert)[];
  interviews: (typeof interviewRecords.$inferInsert)[];
  checks: (typeof documentChecks.$inferInsert)[];
};

function findingsFor(
  target: DemoTarget,
  scored: { leaf: FrozenNode; cases: number }[],
  q: number,
  rnd: Random,
) {
  const lost = scored.filter((s) => s.cases > 0);
  const count = Math.min(lost.length + 1, q < 0.5 ? rnd.int(2, 4) : q < 0.75 ? rnd.int(1, 2) : rnd.int(0, 1));
  const severity = (SEVERITY_BY_WEAKNESS.find(([max]) => q < max)?.[1] ?? 'minor') as FindingSeverity;
  return Array.from({ length: count }, (_, i) => {
    const on = lost[i]?.leaf ?? null;
    const category = rnd.pick(Object.keys(FINDINGS) as FindingCategory[]);
    return {
      nodeId: on?.id ?? null,
      indicatorCode: on?.code ?? null,
      category,
      severity: q < 0.45 && i === 0 ? ('serious' as const) : severity,
      description: `${target.shortName}${rnd.pick(FINDINGS[category])}`,
    };
  });
}

/** Writes the on-site rows of every target in `states`; `vetoUnits` trip the first veto leaf. */
export async function insertOnsiteReviews(
  tx: Db,
  campaign: LaunchedDemoCampaign,
  quality: Quality,
  states: ReadonlyMap<string, TargetPhaseState>,
  vetoUnits: ReadonlySet<string>,
  seed: number,
) {
  const rnd = streamFor(seed, `campaign-onsite-${campaign.spec.year}`);
  const window = windowOf(campaign.plan.phases, 'onsite');
  if (!window) return 0;
  const { plan, actors } = campaign;
  const rows: OnsiteRows = { entries: [], findings: [], interviews: [], checks: [] };
  const phases: (typeof targetPhases.$inferInsert)[] = [];
  for (const target of campaign.targets) {
    const state = states.get(target.unitId) ?? 'notStarted';
    if (state === 'notStarted') continue;
    const done = state !== 'inProgress';
    const t = { campaignId: campaign.id, unitId: target.unitId };
    const account = campaign.teamAccounts.get(target.teamNo) ?? null;
    // Teams without an account of their own hand their paper records to the office, which enters them.
    const recorder = account ?? actors.officer ?? actors.evaluator;
    const lenient = target.teamNo === LENIENT_TEAM ? 0.1 : 0;
    const q = Math.min(1, (quality.get(target.unitId) ?? 0.7) + lenient);
    const visitOn = randomDate(rnd, window.start, addDays(window.end, -3));
    const at = onDay(visitOn, rnd);
    const leaves = target.sets.flatMap((s) =>
      frozenLeaves(s).filter((n) => n.sources.includes('onsite') && n.rule),
    );
    const scoredLeaves = done ? leaves : leaves.filter(() => rnd.chance(0.5));
    let vetoUsed = false;
    const scored = scoredLeaves.map((leaf) => {
      const rule = leaf.rule as NonNullable<FrozenNode['rule']>;
      const veto = rule.kind === 'veto' && vetoUnits.has(target.unitId) && !vetoUsed;
      if (veto) vetoUsed = true;
      const input = demoScore(rule, leaf.maxPoints, q, rnd, veto);
      rows.entries.push({
        ...t,
        nodeId: leaf.id,
        input,
        justification: veto
          ? `经查发生“${leaf.name}”情形，触发否决事项。`
          : '经查阅资料、座谈访谈，综合评定。',
        updatedBy: recorder,
        updatedAt: at,
      });
      return { leaf, cases: isDeductionRule(rule) ? (input.cases ?? 0) : 0 };
    });
    if (!done && scored.length === 0) continue;
    for (const f of findingsFor(target, scored, q, rnd)) {
      rows.findings.push({
        ...t,
        ...f,
        evidenceFileIds: [],
        createdBy: recorder,
        createdAt: at,
        updatedAt: at,
      });
    }
    const outlines = plan.interviewOutlines.filter((o) => o.outline !== 'institutionHead' || rnd.chance(0.4));
    for (const o of done ? outlines : outlines.slice(0, 1)) {
      if (!recorder) break;
      rows.interviews.push({
        ...t,
        outline: o.outline,
        intervieweeRole: rnd.pick(ROLES[o.outline] ?? ['工作人员']),
        heldOn: visitOn,
        answeredQuestionIds: o.questions.map((question) => question.id),
        notes:
          q < 0.6
            ? '反映人员力量不足、职责边界不清，部分工作依赖借调人员。'
            : '介绍了职责履行和编制使用情况，总体运转顺畅。',
        recordedBy: recorder,
        createdAt: at,
        updatedAt: at,
      });
    }
    if (done) {
      for (const item of plan.documentChecklist) {
        const checked = rnd.chance(q < 0.55 ? 0.75 : 0.95);
        rows.checks.push({
          ...t,
          itemId: item.id,
          checked,
          notes: checked ? '' : `未能提供完整的${item.label.zh}`,
          updatedBy: recorder,
          updatedAt: at,
        });
      }
    }
    const submittedAt = onDay(addDays(visitOn, rnd.int(1, 3)), rnd);
    phases.push({
      ...t,
      phase: 'onsite',
      state,
      submittedAt: done ? submittedAt : null,
      submittedBy: done ? account : null,
      updatedAt: state === 'reviewed' ? onDay(addDays(visitOn, rnd.int(4, 8)), rnd) : submittedAt,
      version: state === 'inProgress' ? 1 : state === 'submitted' ? 2 : 3,
    });
  }
  await insertAll(tx, onsiteEntries, rows.entries);
  await insertAll(tx, onsiteFindings, rows.findings);
  await insertAll(tx, interviewRecords, rows.interviews);
  await insertAll(tx, documentChecks, rows.checks);
  await insertAll(tx, targetPhases, phases);
  return rows.entries.length;
}
