import { type CampaignStatus, campaignStatuses } from '@bianping/core/campaigns/campaign-status';
import type { SelfPhase } from '@bianping/core/campaigns/self-assessment-api';
import { transitionTargetPhase } from '@bianping/core/campaigns/target-phase';
import { AppError, ErrorCode, forbidden } from '@bianping/core/errors';
import type { Db } from '../../db/client.ts';
import { createNotification } from '../notifications/notifications.queries.ts';
import { actorRoleOf, type Caller } from './campaign-edit.ts';
import { onsiteAccessOf } from './onsite.policy.ts';
import { auditOnsite } from './onsite.service.ts';
import { targetAccessOf } from './self-assessment.policy.ts';
import { toPhase, updatePhase } from './self-assessment.queries.ts';
import { auditSelf } from './self-assessment.service.ts';
import { lockPhaseAt, type Target } from './target-work.ts';

/**
 * 审核通过: the office accepts a submitted self-assessment or on-site review (submitted → reviewed,
 * the core's `accept`). The same people who may return it may accept it. Acceptance is possible
 * until the campaign closes — reviews often finish while scoring has begun — but not in a draft.
 * A self-assessment's unit is told; the on-site team learns it from the dashboard.
 */

type FormPhase = 'self' | 'onsite';

const accessOf = async (tx: Db, caller: Caller, phase: FormPhase, t: Target) =>
  phase === 'self'
    ? targetAccessOf(tx, caller.principal, t.campaignId, t.unitId)
    : onsiteAccessOf(tx, caller.principal, t.campaignId, t.unitId);

function assertAcceptable(status: CampaignStatus) {
  if (status !== 'draft' && status !== 'closed') return;
  const label = campaignStatuses.labels[status];
  throw new AppError(
    ErrorCode.IllegalTransition,
    {
      zh: `评估项目${label.zh}，不能审核`,
      en: `The campaign is ${label.en.toLowerCase()}; nothing can be accepted`,
    },
    'status',
    { status },
  );
}

export async function acceptTargetPhase(
  db: Db,
  caller: Caller,
  phase: FormPhase,
  t: Target,
  version: number,
): Promise<SelfPhase> {
  return db.transaction(async (tx) => {
    const access = await accessOf(tx, caller, phase, t);
    if (!access.mayReturn) throw forbidden();
    assertAcceptable(access.campaign.status as CampaignStatus);
    const from = toPhase(await lockPhaseAt(tx, t, phase, version)).state;
    transitionTargetPhase(phase, from, 'reviewed', { role: actorRoleOf(caller) });
    const after = await updatePhase(tx, t, phase, { state: 'reviewed', returnedReason: null });
    if (phase === 'self') {
      const name = access.campaign.name;
      await createNotification(tx, {
        unitId: t.unitId,
        title: { zh: '自评已审核通过', en: 'Self-assessment accepted' },
        body: {
          zh: `“${name}”的单位自评已由编办审核通过。`,
          en: `The office accepted your self-assessment in “${name}”.`,
        },
        link: `/campaigns/${t.campaignId}/self-assessment/${t.unitId}`,
      });
    }
    const audit = phase === 'self' ? auditSelf : auditOnsite;
    const entity = phase === 'self' ? 'selfAssessment' : 'onsite';
    await audit(tx, caller, t, `${entity}.accept`, { state: from }, { state: 'reviewed' });
    return toPhase(after);
  });
}
