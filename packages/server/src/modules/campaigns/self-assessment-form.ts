import type { CampaignStatus } from '@bianping/core/campaigns/campaign-status';
import { type FrozenSet, frozenLeaves } from '@bianping/core/campaigns/freeze';
import type { PhaseWindow } from '@bianping/core/campaigns/phases';
import { windowOf } from '@bianping/core/campaigns/phases';
import { ruleInputBounds } from '@bianping/core/campaigns/score-input';
import type { StaffingPlan } from '@bianping/core/campaigns/self-assessment';
import type {
  EvidenceFile,
  SelfAssessmentForm,
  SelfEntry,
  SelfFormNode,
} from '@bianping/core/campaigns/self-assessment-api';
import { checkSelfAssessment, type SelfCheckLeaf } from '@bianping/core/campaigns/self-assessment-check';
import { analyseStaffingStructure, type StructureRow } from '@bianping/core/campaigns/staffing-structure';
import { isPhaseEditable } from '@bianping/core/campaigns/target-phase';
import { type EducationLevel, educationLevels } from '@bianping/core/imports/staff-vocabulary';
import { describeRule } from '@bianping/core/indicators/rules/describe';
import type { StaffingType } from '@bianping/core/registry/vocabulary';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { units } from '../../db/schema/index.ts';
import { todayInChina } from '../../time.ts';
import { loadFrozenSets } from './campaigns.queries.ts';
import type { TargetAccess } from './self-assessment.policy.ts';
import {
  findExtras,
  findPhase,
  listEntries,
  listEvidence,
  loadStructureRows,
  toPhase,
} from './self-assessment.queries.ts';

/**
 * Reading a target's self-assessment: the frozen sets the target is scored on (each leaf with its
 * rule in words and the bounds of what the unit enters), the entries, the roster's staffing
 * structure, the plan, the files and what the core check still finds.
 */

type Target = { campaignId: string; unitId: string };

/** Units fill the form only while the campaign collects (launched or collecting). */
export const isSelfAssessmentOpen = (status: CampaignStatus) =>
  status === 'launched' || status === 'collecting';

/** The frozen sets of the target, in the campaign's order. */
export async function targetSets(db: Db, campaignId: string, setIds: readonly string[]) {
  return (await loadFrozenSets(db, campaignId)).filter((s) => setIds.includes(s.id));
}

/** The leaves of the sets as the core check reads them. */
export const checkLeavesOf = (sets: readonly FrozenSet[]): SelfCheckLeaf[] =>
  sets.flatMap((s) =>
    frozenLeaves(s).map((n) => ({
      id: n.id,
      code: n.code,
      name: n.name,
      maxPoints: n.maxPoints,
      sources: n.sources,
      rule: n.rule,
      evidenceTypes: n.evidenceTypes,
    })),
  );

function formNodes(set: FrozenSet): SelfFormNode[] {
  const leafIds = new Set(frozenLeaves(set).map((n) => n.id));
  return set.nodes.map((n) => {
    const isLeaf = leafIds.has(n.id);
    const selfScored = isLeaf && n.sources.includes('self');
    return {
      id: n.id,
      parentId: n.parentId,
      code: n.code,
      level: n.level,
      name: n.name,
      role: n.role,
      maxPoints: n.maxPoints,
      checkpoints: n.checkpoints,
      guidance: n.guidance,
      evidenceTypes: n.evidenceTypes,
      sources: n.sources,
      isLeaf,
      selfScored,
      rule: n.rule,
      ruleText: n.rule ? describeRule(n.rule, n.maxPoints) : null,
      bounds: selfScored && n.rule ? ruleInputBounds(n.rule, n.maxPoints) : null,
    };
  });
}

const isEducation = (v: string | null): v is EducationLevel =>
  v !== null && (educationLevels.codes as readonly string[]).includes(v);

/** The roster's structure on the self phase's first day (today when the campaign has no such phase). */
async function structureOf(db: Db, unitId: string, window: PhaseWindow | undefined) {
  const rows: StructureRow[] = (await loadStructureRows(db, unitId)).map((r) => ({
    staffingType: r.staffingType as StaffingType,
    birthDate: r.birthDate,
    education: isEducation(r.education) ? r.education : null,
  }));
  return analyseStaffingStructure(rows, window?.start ?? todayInChina());
}

/** The problems the core check finds in the stored form. */
export function problemsOf(
  sets: readonly FrozenSet[],
  entries: readonly SelfEntry[],
  staffingPlan: StaffingPlan | null,
  reportFileId: string | null,
) {
  return checkSelfAssessment(checkLeavesOf(sets), {
    entries: entries.map((e) => ({
      nodeId: e.nodeId,
      score: e.input,
      narrative: e.narrative,
      evidenceFileIds: e.evidenceFileIds,
    })),
    staffingPlan,
    reportFileId,
  });
}

/** The whole form as the caller sees it. */
export async function readSelfAssessment(
  db: Db,
  access: TargetAccess,
  t: Target,
): Promise<SelfAssessmentForm> {
  const { campaign } = access;
  const plan = campaign.plan as { phases: PhaseWindow[] };
  const window = windowOf(plan.phases ?? [], 'self');
  const [sets, entries, extras, evidence, phaseRow, unit] = await Promise.all([
    targetSets(db, t.campaignId, access.setIds),
    listEntries(db, t),
    findExtras(db, t),
    listEvidence(db, t),
    findPhase(db, t, 'self'),
    db.select({ id: units.id, name: units.name }).from(units).where(eq(units.id, t.unitId)),
  ]);
  const phase = toPhase(phaseRow);
  const staffingPlan = extras?.staffingPlan ?? null;
  const reportFileId = extras?.reportFileId ?? null;
  const files: EvidenceFile[] = evidence.map(({ campaignId: _c, unitId: _u, ...f }) => f);
  return {
    campaign: {
      id: campaign.id,
      name: campaign.name,
      year: campaign.year,
      status: campaign.status as CampaignStatus,
    },
    unit: unit[0] ?? { id: t.unitId, name: '' },
    phase,
    window: window ? { start: window.start, end: window.end } : null,
    deadline: window?.end ?? null,
    canEdit:
      access.isFiller &&
      isSelfAssessmentOpen(campaign.status as CampaignStatus) &&
      isPhaseEditable(phase.state),
    canReturn: access.mayReturn && phase.state === 'submitted',
    sets: sets.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      category: s.category,
      fullMark: s.fullMark,
      nodes: formNodes(s),
    })),
    entries,
    staffingStructure: await structureOf(db, t.unitId, window),
    staffingPlan,
    staffingPlanVersion: extras?.version ?? 0,
    report: files.find((f) => f.fileId === reportFileId) ?? null,
    files,
    problems: problemsOf(sets, entries, staffingPlan, reportFileId),
  };
}
