import type { CampaignStatus } from '@bianping/core/campaigns/campaign-status';
import { type FrozenSet, frozenLeaves } from '@bianping/core/campaigns/freeze';
import type { OnsiteForm, OnsiteLeaf } from '@bianping/core/campaigns/onsite-api';
import { type PhaseWindow, windowOf } from '@bianping/core/campaigns/phases';
import { ruleInputBounds } from '@bianping/core/campaigns/score-input';
import type { SelfEntry } from '@bianping/core/campaigns/self-assessment-api';
import { isPhaseEditable } from '@bianping/core/campaigns/target-phase';
import { describeRule } from '@bianping/core/indicators/rules/describe';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { units } from '../../db/schema/index.ts';
import { type PlanSections, planOf } from './campaigns.queries.ts';
import type { OnsiteAccess } from './onsite.policy.ts';
import { findDocumentReview, listFindings, listInterviews, listScores } from './onsite.queries.ts';
import { findPhase, listEntries, listEvidence, toPhase } from './self-assessment.queries.ts';
import { checkLeavesOf, targetSets } from './self-assessment-form.ts';

/**
 * Reading a target's on-site review: the frozen leaves the team scores (sources include onsite)
 * with their bounds and the unit's self entry beside each, the team's scores, findings,
 * interviews and checklist, and the target's evidence files findings may link.
 */

type Target = { campaignId: string; unitId: string };
export const ONSITE = 'onsite';

/** The team works while the campaign collects, as the units do. */
export const isOnsiteOpen = (status: CampaignStatus) => status === 'launched' || status === 'collecting';

/** The leaves of the target's sets that the team scores on site. */
export const onsiteLeavesOf = (sets: readonly FrozenSet[]) =>
  checkLeavesOf(sets).filter((l) => l.sources.includes('onsite'));

function formLeaves(sets: readonly FrozenSet[], selfEntries: readonly SelfEntry[]): OnsiteLeaf[] {
  const self = new Map(selfEntries.map((e) => [e.nodeId, e]));
  return sets.flatMap((set) => {
    const byId = new Map(set.nodes.map((n) => [n.id, n]));
    const pathOf = (parentId: string | null): string[] => {
      const parent = parentId ? byId.get(parentId) : undefined;
      return parent ? [...pathOf(parent.parentId), parent.name] : [];
    };
    return frozenLeaves(set)
      .filter((n) => n.sources.includes('onsite'))
      .map((n) => ({
        id: n.id,
        setId: set.id,
        code: n.code,
        name: n.name,
        path: pathOf(n.parentId),
        maxPoints: n.maxPoints,
        checkpoints: n.checkpoints,
        guidance: n.guidance,
        rule: n.rule,
        ruleText: n.rule ? describeRule(n.rule, n.maxPoints) : null,
        bounds: n.rule ? ruleInputBounds(n.rule, n.maxPoints) : null,
        self: n.sources.includes('self') ? (self.get(n.id) ?? null) : null,
      }));
  });
}

/** The whole on-site form as the caller sees it. */
export async function readOnsite(db: Db, access: OnsiteAccess, t: Target): Promise<OnsiteForm> {
  const { campaign } = access;
  const plan = planOf(campaign) as PlanSections;
  const window = windowOf((plan.phases ?? []) as PhaseWindow[], ONSITE);
  const [sets, selfEntries, entries, findings, interviews, review, evidence, phaseRow, unit] =
    await Promise.all([
      targetSets(db, t.campaignId, access.setIds),
      listEntries(db, t),
      listScores(db, t),
      listFindings(db, t),
      listInterviews(db, t),
      findDocumentReview(db, t),
      listEvidence(db, t),
      findPhase(db, t, ONSITE),
      db.select({ id: units.id, name: units.name }).from(units).where(eq(units.id, t.unitId)),
    ]);
  const phase = toPhase(phaseRow);
  const status = campaign.status as CampaignStatus;
  return {
    campaign: { id: campaign.id, name: campaign.name, year: campaign.year, status },
    unit: unit[0] ?? { id: t.unitId, name: '' },
    teamNo: access.teamNo,
    phase,
    window: window ? { start: window.start, end: window.end } : null,
    canEdit: access.isTeam && isOnsiteOpen(status) && isPhaseEditable(phase.state),
    isLeader: access.isLeader,
    canReturn: access.mayReturn && phase.state === 'submitted',
    leaves: formLeaves(sets, selfEntries),
    entries,
    findings,
    outlines: plan.interviewOutlines,
    interviews,
    checklist: plan.documentChecklist,
    documentReview: review,
    files: evidence.map(({ campaignId: _c, unitId: _u, ...f }) => f),
  };
}
