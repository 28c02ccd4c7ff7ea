import type { Role } from '@bianping/core/auth/roles';
import type { CampaignStatus } from '@bianping/core/campaigns/campaign-status';
import { campaignStatuses } from '@bianping/core/campaigns/campaign-status';
import { buildProgress, type CampaignProgress } from '@bianping/core/campaigns/progress';
import type { ProgressRemindResult } from '@bianping/core/campaigns/progress-api';
import { AppError, ErrorCode } from '@bianping/core/errors';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { todayInChina } from '../../time.ts';
import { createNotification } from '../notifications/notifications.queries.ts';
import { auditCampaign, type Caller, lockWritableCampaign } from './campaign-edit.ts';
import { campaignNotFound, campaignScopeOf } from './campaigns.policy.ts';
import { type CampaignRow, drawOf, findCampaign, planOf } from './campaigns.queries.ts';
import { loadPhaseStates, loadProgressTargets } from './progress.queries.ts';
import { type OverdueItem, recipientsOf } from './progress-recipients.ts';

/**
 * The campaign dashboard on the server: who may read it, the progress as the core computes it
 * from the stored target phases and the plan's phase dates on today's date in China, and the
 * reminder (催办) that notifies whoever owes overdue work.
 */

/** Officers and administrators of the campaign's region and its leaders read the dashboard. */
export const progressReaders: readonly Role[] = ['admin', 'officer', 'leader'];
/** Only officers send reminders: chasing units is the office's daily work, not the administrator's. */
export const progressReminders: readonly Role[] = ['officer'];

/** The campaign when the principal reads it whole (its region is in their scope); else 404. */
export async function campaignForProgress(db: Db, principal: Principal, id: string) {
  const scope = await campaignScopeOf(db, principal);
  const row = await findCampaign(db, id);
  const inScope = row && (scope.planRegions === 'all' || scope.planRegions.includes(row.regionId));
  if (!row || !inScope) throw campaignNotFound();
  return row;
}

/** The progress of a campaign on `today` (China time unless given). */
export async function loadProgress(db: Db, row: CampaignRow, today = todayInChina()) {
  const [targets, states] = await Promise.all([loadProgressTargets(db, row.id), loadPhaseStates(db, row.id)]);
  return buildProgress({ phases: planOf(row).phases, targets, states, today });
}

/** Reminders make sense while work is being collected: not for a draft, not once closed. */
function assertRemindable(row: CampaignRow) {
  const status = row.status as CampaignStatus;
  if (status !== 'draft' && status !== 'closed') return;
  const label = campaignStatuses.labels[status];
  throw new AppError(
    ErrorCode.IllegalTransition,
    {
      zh: `评估项目${label.zh}，没有可催办的工作`,
      en: `The campaign is ${label.en.toLowerCase()}; there is no work to chase`,
    },
    'status',
    { status },
  );
}

const itemsText = (items: readonly OverdueItem[], lang: 'zh' | 'en') =>
  items
    .map((i) =>
      lang === 'zh'
        ? `${i.unitName}·${i.phaseLabel.zh}（截止 ${i.dueDate}，已逾期 ${i.daysOverdue} 天）`
        : `${i.unitName} · ${i.phaseLabel.en} (due ${i.dueDate}, ${i.daysOverdue} day(s) overdue)`,
    )
    .join(lang === 'zh' ? '；' : '; ');

/**
 * Notifies the owners of every overdue item (one notification per unit or account, listing its
 * items) in one transaction with the audit entry `campaign.progress.remind`. Items the office
 * itself owes (a submission awaiting review, the office's own phases) remind nobody.
 */
export async function remindOverdue(db: Db, caller: Caller, id: string): Promise<ProgressRemindResult> {
  return db.transaction(async (tx) => {
    const row = await lockWritableCampaign(tx, caller, id);
    assertRemindable(row);
    const progress: CampaignProgress = await loadProgress(tx, row);
    const recipients = await recipientsOf(tx, id, progress, drawOf(row));
    const title = { zh: '催办：评估工作已逾期', en: 'Reminder: evaluation work overdue' };
    for (const r of recipients) {
      await createNotification(tx, {
        ...r.to,
        title,
        body: {
          zh: `“${row.name}”中以下工作已逾期，请尽快完成：${itemsText(r.items, 'zh')}`,
          en: `In “${row.name}” the following work is overdue; please complete it: ${itemsText(r.items, 'en')}`,
        },
        link: r.link,
      });
    }
    const items = new Set(recipients.flatMap((r) => r.items.map((i) => `${i.unitId}|${i.phase}`)));
    const result = {
      items: items.size,
      units: recipients.filter((r) => 'unitId' in r.to).length,
      users: recipients.filter((r) => 'userId' in r.to).length,
    };
    if (recipients.length > 0) {
      await auditCampaign(tx, caller, 'campaign.progress.remind', id, null, {
        today: progress.today,
        ...result,
        recipients: recipients.map((r) => ({ ...r.to, items: r.items.map((i) => `${i.unitId}|${i.phase}`) })),
      });
    }
    return result;
  });
}
