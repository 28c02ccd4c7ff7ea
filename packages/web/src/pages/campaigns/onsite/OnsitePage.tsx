import { useParams } from 'react-router';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { CampaignSlipsPanel } from '../../supervision/CampaignSlipsPanel.tsx';
import { useSlipText } from '../../supervision/supervision-text.ts';
import { PhaseFormFallback, PhaseFormLayout, usePendingSaves } from '../shared/PhaseForm.tsx';
import { ChecklistPanel } from './ChecklistPanel.tsx';
import { InterviewsPanel } from './InterviewsPanel.tsx';
import { OnsiteHeader } from './OnsiteHeader.tsx';
import { ScoresPanel } from './ScoresPanel.tsx';
import { useOnsite, useOnsitePhaseActions } from './useOnsite.ts';

/**
 * 实地评估 (/campaigns/:id/onsite/:unitId): the team scores each on-site leaf beside the unit's
 * self score (autosaved), raises findings inline, records interviews and the document review;
 * the leader submits, the office reads and may return. Built for a tablet: one column below
 * `lg`, nothing wider than the screen.
 */
export function OnsitePage() {
  const t = useT();
  const st = useSlipText();
  const { id = '', unitId = '' } = useParams();
  const { data: form, error } = useOnsite(id, unitId);
  const actions = useOnsitePhaseActions(form);
  const { onStatus, pending } = usePendingSaves();
  if (!form)
    return (
      <PhaseFormFallback
        error={error}
        backTo="/campaigns/assigned"
        backLabel={t('campaigns.onsite.backToTasks')}
      />
    );

  const editable = form.canEdit;
  return (
    <PhaseFormLayout
      header={<OnsiteHeader form={form} editable={editable} pendingSaves={pending} actions={actions} />}
      phase={form.phase}
      editable={editable}
      actions={actions}
      returnedTitle={t('campaigns.onsite.returnedAlert')}
      lockedTitle={t('campaigns.onsite.lockedAlert')}
      tabs={[
        {
          key: 'scores',
          label: t('campaigns.onsite.tab.scores'),
          children: <ScoresPanel form={form} editable={editable} onStatus={onStatus} />,
        },
        {
          key: 'interviews',
          label: t('campaigns.onsite.tab.interviews', { count: form.interviews.length }),
          children: <InterviewsPanel form={form} editable={editable} />,
        },
        {
          key: 'checklist',
          label: t('campaigns.onsite.tab.checklist'),
          children: <ChecklistPanel form={form} editable={editable} />,
        },
        {
          key: 'slips',
          label: st('campaignTab'),
          children: <CampaignSlipsPanel campaignId={id} unitId={unitId} />,
        },
      ]}
    />
  );
}
