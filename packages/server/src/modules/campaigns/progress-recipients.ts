import type { CampaignProgress } from '@bianping/core/campaigns/progress';
import type { TeamDrawRecord } from '@bianping/core/campaigns/team-draw';
import { type CampaignPhase, campaignPhases } from '@bianping/core/campaigns/vocabulary';
import type { LocalizedText } from '@bianping/core/errors';
import type { Db } from '../../db/client.ts';
import { accountsOfExperts } from './progress.queries.ts';

/**
 * Who a reminder goes to, from the overdue items and who owes them (core `owedBy`): a unit's
 * form (自评, 整改) goes to every user of the unit; an on-site review to the accounts of the
 * target's drawn team (leader and members with a linked account). Raters have no assignments yet
 * (external ratings come later), and what the office owes reminds nobody — the office is the
 * one sending the reminder.
 */

export type OverdueItem = CampaignProgress['overdue'][number] & { phaseLabel: LocalizedText };

export type Recipient = {
  to: { unitId: string } | { userId: string };
  items: OverdueItem[];
  link: string;
};

const selfLink = (campaignId: string, unitId: string) => `/campaigns/${campaignId}/self-assessment/${unitId}`;

/** The team's expert ids (leader first) per team number. */
function teamExperts(draw: TeamDrawRecord | null) {
  return new Map((draw?.teams ?? []).map((t) => [t.no, [t.leaderId, ...t.memberIds]]));
}

/** One recipient per unit or account, each with all of its overdue items. */
export async function recipientsOf(
  db: Db,
  campaignId: string,
  progress: CampaignProgress,
  draw: TeamDrawRecord | null,
): Promise<Recipient[]> {
  const teams = teamExperts(draw);
  const accounts = await accountsOfExperts(db, [...teams.values()].flat());
  const byKey = new Map<string, Recipient>();
  const add = (key: string, to: Recipient['to'], link: string, item: OverdueItem) => {
    const found = byKey.get(key);
    if (found) found.items.push(item);
    else byKey.set(key, { to, items: [item], link });
  };
  for (const overdue of progress.overdue) {
    const phase = overdue.phase as CampaignPhase;
    const item = { ...overdue, phaseLabel: campaignPhases.labels[phase] };
    if (overdue.owedBy.includes('unit')) {
      const link = phase === 'self' ? selfLink(campaignId, overdue.unitId) : '/campaigns/mine';
      add(`unit:${overdue.unitId}`, { unitId: overdue.unitId }, link, item);
    }
    if (overdue.owedBy.includes('evaluator') && overdue.teamNo !== null) {
      for (const expertId of teams.get(overdue.teamNo) ?? []) {
        const userId = accounts.get(expertId);
        if (userId) add(`user:${userId}`, { userId }, `/campaigns/${campaignId}`, item);
      }
    }
  }
  return [...byKey.values()];
}
