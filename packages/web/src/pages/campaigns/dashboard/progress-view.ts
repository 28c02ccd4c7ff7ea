import type { CampaignPhase } from '@bianping/core/campaigns/vocabulary';
import type { CampaignProgress, PhaseCounts, TargetProgress } from '../../../api/campaign-progress.ts';

/** What the dashboard derives from the server's progress: per-phase summaries and the filtered table. */

export type PhaseSummary = {
  phase: CampaignPhase;
  done: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
};

/** Done / in progress (started, not done) / not started / overdue of one phase. */
export function summarisePhase(counts: PhaseCounts): PhaseSummary {
  const total = Object.values(counts.counts).reduce((sum, n) => sum + (n ?? 0), 0);
  const notStarted = counts.counts.notStarted ?? 0;
  return {
    phase: counts.phase,
    done: counts.done,
    inProgress: total - counts.done - notStarted,
    notStarted,
    overdue: counts.overdue,
  };
}

export type ProgressFilter = {
  /** A team number, 'none' for targets without a team, or undefined for all. */
  team?: number | 'none';
  phase?: CampaignPhase;
  onlyOverdue: boolean;
};

/** The targets the table shows: of the team, and (with "only overdue") late in the phase or any phase. */
export function filterTargets(progress: CampaignProgress, filter: ProgressFilter): TargetProgress[] {
  return progress.targets.filter((t) => {
    if (filter.team === 'none' && t.teamNo !== null) return false;
    if (typeof filter.team === 'number' && t.teamNo !== filter.team) return false;
    if (!filter.onlyOverdue) return true;
    return t.phases.some((p) => p.isOverdue && (!filter.phase || p.phase === filter.phase));
  });
}
