import type { LaunchReadiness } from './campaign-status.ts';
import type { Problem } from './messages.ts';
import type { PhaseWindow } from './phases.ts';
import { checkWeightOverrides, type SourceWeights, type WeightedNode } from './source-weights.ts';
import { checkAssignments, type TargetAssignment } from './target-sets.ts';

/**
 * The launch check of a plan: what `transitionCampaign(…, 'launched')` needs to know. The
 * sections were validated by their schemas when saved; this adds what only the whole plan
 * shows — targets and their sets, a timetable with the self-assessment, weight overrides that
 * fit the chosen sets.
 */
export function checkPlanForLaunch(plan: {
  phases: readonly PhaseWindow[];
  sourceWeights: SourceWeights;
  targets: readonly TargetAssignment[];
  /** The nodes of each chosen library set, by set id. */
  nodesBySet: ReadonlyMap<string, readonly WeightedNode[]>;
}): LaunchReadiness & { problems: Problem[] } {
  const problems: Problem[] = [];
  if (plan.phases.length === 0) {
    problems.push({
      code: 'noPhases',
      field: 'phases',
      message: { zh: '尚未安排评估阶段和日期', en: 'No phases have been scheduled' },
    });
  }
  const unknownSets = new Set(plan.targets.flatMap((t) => t.setIds).filter((id) => !plan.nodesBySet.has(id)));
  for (const id of unknownSets) {
    problems.push({
      code: 'unknownSet',
      field: 'targets',
      message: {
        zh: `所选指标体系 ${id} 不存在或未发布`,
        en: `The chosen set ${id} does not exist or is not published`,
      },
    });
  }
  problems.push(...checkWeightOverrides(plan.sourceWeights.overrides, plan.nodesBySet));
  const targetProblems = checkAssignments(plan.targets);
  return {
    targetCount: plan.targets.length,
    targetsWithoutSets: targetProblems.filter((p) => p.code === 'noSets').length,
    planProblems: problems,
    problems: [...problems, ...targetProblems],
  };
}
