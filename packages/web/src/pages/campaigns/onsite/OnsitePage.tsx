import { Alert, Button, Card, Result, Skeleton, Tabs } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/errors.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { CampaignSlipsPanel } from '../../supervision/CampaignSlipsPanel.tsx';
import { useSlipText } from '../../supervision/supervision-text.ts';
import { ProblemList } from '../self-assessment/ProblemList.tsx';
import type { SaveStatus } from '../shared/useVersionedAutosave.ts';
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
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { id = '', unitId = '' } = useParams();
  const { data: form, error, isPending } = useOnsite(id, unitId);
  const actions = useOnsitePhaseActions(form);
  const [statuses, setStatuses] = useState<Record<string, SaveStatus>>({});
  const onStatus = useCallback(
    (nodeId: string, status: SaveStatus) =>
      setStatuses((s) => (s[nodeId] === status ? s : { ...s, [nodeId]: status })),
    [],
  );

  if (isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 12 }} />
      </Card>
    );
  }
  if (error) {
    return (
      <Result
        status={isApiError(error, 'E_NOT_FOUND') ? '404' : 'warning'}
        title={t('error.loadFailed')}
        subTitle={errorText(error)}
        extra={
          <Button onClick={() => navigate('/campaigns/assigned')}>{t('campaigns.onsite.backToTasks')}</Button>
        }
      />
    );
  }

  const editable = form.canEdit;
  const pending = Object.values(statuses).filter((s) => s !== 'saved').length;
  return (
    <div style={{ maxWidth: '100%', overflowX: 'hidden' }}>
      <OnsiteHeader form={form} editable={editable} pendingSaves={pending} actions={actions} />
      {form.phase.state === 'returned' && form.phase.returnedReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('campaigns.onsite.returnedAlert')}
          description={form.phase.returnedReason}
        />
      )}
      {actions.problems && <ProblemList problems={actions.problems} onClose={actions.clearProblems} />}
      {!editable && form.phase.state === 'submitted' && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('campaigns.onsite.lockedAlert')} />
      )}
      <Card>
        <Tabs
          items={[
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
      </Card>
    </div>
  );
}
