import { isPhaseEditable } from '@bianping/core/campaigns/target-phase';
import { Alert, Button, Card, Result, Skeleton, Tabs } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/errors.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { EntriesPanel } from './EntriesPanel.tsx';
import { ProblemList } from './ProblemList.tsx';
import { ReportPanel } from './ReportPanel.tsx';
import { SelfHeader } from './SelfHeader.tsx';
import { StaffingPlanPanel } from './StaffingPlanPanel.tsx';
import { StructureCharts } from './StructureCharts.tsx';
import type { SaveStatus } from './useEntryAutosave.ts';
import { useSelfAssessment, useSelfPhaseActions } from './useSelfAssessment.ts';

/**
 * 单位自评 (/campaigns/:id/self-assessment/:unitId): the unit fills its scores, narratives and
 * evidence (autosaved), the staffing plan and the signed report, then submits, which locks the
 * form; officers read it and may return it with a reason. Out of scope answers 404.
 */
export function SelfAssessmentPage() {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { id = '', unitId = '' } = useParams();
  const { data: form, error, isPending } = useSelfAssessment(id, unitId);
  const actions = useSelfPhaseActions(form);
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
        extra={<Button onClick={() => navigate('/campaigns/mine')}>{t('campaigns.self.backToMine')}</Button>}
      />
    );
  }

  const editable = form.canEdit && isPhaseEditable(form.phase.state);
  const pending = Object.values(statuses).filter((s) => s !== 'saved').length;
  return (
    <div>
      <SelfHeader form={form} editable={editable} pendingSaves={pending} actions={actions} />
      {form.phase.state === 'returned' && form.phase.returnedReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('campaigns.self.returnedAlert')}
          description={form.phase.returnedReason}
        />
      )}
      {actions.problems && <ProblemList problems={actions.problems} onClose={actions.clearProblems} />}
      {!editable && form.phase.state === 'submitted' && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('campaigns.self.lockedAlert')} />
      )}
      <Card>
        <Tabs
          items={[
            {
              key: 'entries',
              label: t('campaigns.self.tab.entries'),
              children: <EntriesPanel form={form} editable={editable} onStatus={onStatus} />,
            },
            {
              key: 'structure',
              label: t('campaigns.self.tab.structure'),
              children: <StructureCharts structure={form.staffingStructure} />,
            },
            {
              key: 'plan',
              label: t('campaigns.self.tab.plan'),
              children: <StaffingPlanPanel form={form} editable={editable} />,
            },
            {
              key: 'report',
              label: t('campaigns.self.tab.report'),
              children: <ReportPanel form={form} editable={editable} />,
            },
          ]}
        />
      </Card>
    </div>
  );
}
