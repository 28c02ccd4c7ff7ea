import type { Role } from '../auth/roles.ts';
import { AppError, ErrorCode, forbidden, type LocalizedText } from '../errors.ts';
import { vocabulary } from '../registry/vocabulary.ts';

/**
 * The life of a campaign: draft (plan being written) → launched (sets frozen, targets and teams
 * fixed) → collecting (self-assessment, on-site, external, survey under way) → scoring →
 * reporting → closed. Scoring and reporting may step back one stage (a late correction); nothing
 * goes back to draft, since launching froze the sets ("frozen means frozen"). Officers and
 * administrators move a campaign by hand; the scheduler (`system`) only opens collection when
 * the first phase starts.
 */

export const campaignStatuses = vocabulary({
  draft: { zh: '草稿', en: 'Draft' },
  launched: { zh: '已启动', en: 'Launched' },
  collecting: { zh: '采集中', en: 'Collecting' },
  scoring: { zh: '评定中', en: 'Scoring' },
  reporting: { zh: '报告中', en: 'Reporting' },
  closed: { zh: '已结束', en: 'Closed' },
});
export type CampaignStatus = (typeof campaignStatuses.codes)[number];

/** Who moves a campaign: a user role, or the scheduler. */
export type CampaignActor = Role | 'system';

type Transition = { from: CampaignStatus; to: CampaignStatus; actors: readonly CampaignActor[] };

const officers = ['admin', 'officer'] as const;

/** Every legal transition and who may make it. */
export const campaignTransitions: readonly Transition[] = [
  { from: 'draft', to: 'launched', actors: officers },
  { from: 'launched', to: 'collecting', actors: [...officers, 'system'] },
  { from: 'collecting', to: 'scoring', actors: officers },
  { from: 'scoring', to: 'collecting', actors: officers },
  { from: 'scoring', to: 'reporting', actors: officers },
  { from: 'reporting', to: 'scoring', actors: officers },
  { from: 'reporting', to: 'closed', actors: officers },
];

/** The statuses a campaign may go to from `from` (whoever may make them). */
export const nextCampaignStatuses = (from: CampaignStatus): CampaignStatus[] =>
  campaignTransitions.filter((t) => t.from === from).map((t) => t.to);

/** What the launch guard needs to know about the plan. */
export type LaunchReadiness = {
  targetCount: number;
  /** Targets without any indicator set. */
  targetsWithoutSets: number;
  /** Problems of the plan's sections (phases, weights, bands) found by their checks. */
  planProblems: readonly { message: LocalizedText }[];
};

/** Why a plan cannot launch yet; empty when it can. */
export function launchBlockers(plan: LaunchReadiness): LocalizedText[] {
  const out: LocalizedText[] = [];
  if (plan.targetCount === 0) out.push({ zh: '尚未选择评估对象', en: 'No target has been chosen' });
  if (plan.targetsWithoutSets > 0) {
    out.push({
      zh: `${plan.targetsWithoutSets} 个评估对象没有指标体系`,
      en: `${plan.targetsWithoutSets} target(s) have no indicator set`,
    });
  }
  return [...out, ...plan.planProblems.map((p) => p.message)];
}

export function illegalCampaignTransition(from: CampaignStatus, to: CampaignStatus): AppError {
  const a = campaignStatuses.labels[from];
  const b = campaignStatuses.labels[to];
  return new AppError(
    ErrorCode.IllegalTransition,
    {
      zh: `评估项目不能从“${a.zh}”变为“${b.zh}”`,
      en: `A campaign cannot go from ${a.en} to ${b.en}`,
    },
    'status',
    { from, to },
  );
}

/**
 * The new status, or a typed refusal: E_ILLEGAL_TRANSITION for a transition that does not exist
 * or whose guard fails (launch needs a ready plan), E_FORBIDDEN for an actor who may not make it.
 */
export function transitionCampaign(
  from: CampaignStatus,
  to: CampaignStatus,
  actor: CampaignActor,
  readiness?: LaunchReadiness,
): CampaignStatus {
  const transition = campaignTransitions.find((t) => t.from === from && t.to === to);
  if (!transition) throw illegalCampaignTransition(from, to);
  if (!transition.actors.includes(actor)) throw forbidden();
  if (to === 'launched') {
    const blockers = readiness
      ? launchBlockers(readiness)
      : [{ zh: '缺少启动检查结果', en: 'The launch check was not run' }];
    if (blockers.length > 0) {
      throw new AppError(
        ErrorCode.IllegalTransition,
        {
          zh: `评估项目还不能启动：${blockers.map((b) => b.zh).join('；')}`,
          en: `The campaign cannot launch yet: ${blockers.map((b) => b.en).join('; ')}`,
        },
        'status',
        { from, to, blockers },
      );
    }
  }
  return to;
}

/** Whether the plan of a campaign in this status may still change (targets, sets, weights …). */
export const isPlanEditable = (status: CampaignStatus) => status === 'draft';

/** Phase dates may still move after launch (a deadline extended) until the campaign closes. */
export const arePhaseDatesEditable = (status: CampaignStatus) => status !== 'closed';
