import type { CampaignProgress } from '@bianping/core/campaigns/progress';
import type { TeamDrawRecord } from '@bianping/core/campaigns/team-draw';
import { type CampaignPhase, campaignPhases } from '@bianping/core/campaigns/vocabulary';
import type { LocalizedText } from '@bianping/core/errors';
import type { Db } from '../../db/client.ts';
import { owingDepartments, raterAccountsOf } from './external.queries.ts';
import { accountsOfExperts } from './progress.queries.ts';

/**
 * Who a reminder goes to, from the overdue items and who owes them (core `owedBy`): a unit's
 * form (自评, 整改) goes to every user of the unit; an on-site review to the accounts of the
 * target's drawn team (leader and members with a linked account); an external rating to the
 * `rater` accounts of every department holding assignments of the target whose sheet is not yet
 * submitted. What the office owes reminds nobody — the office is the one sending the reminder.
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
  const owesRating = progress.overdue.some((o) => o.owedBy.includes('rater'));
  const owing = owesRating ? await owingDepartments(db, campaignId) : new Map<string, string[]>();
  const raters = await raterAccountsOf(db, [...new Set([...owing.values()].flat())]);
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
    if (overdue.owedBy.includes('rater')) {
      const departments = owing.get(overdue.unitId) ?? [];
      for (const r of raters.filter((x) => departments.includes(x.raterUnitId as string))) {
        add(`user:${r.userId}`, { userId: r.userId }, `/campaigns/${campaignId}/external`, item);
      }
    }
  }
  return [...byKey.values()];
}
