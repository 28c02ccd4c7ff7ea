import { isPhaseEditable } from '@bianping/core/campaigns/target-phase';
import { useParams } from 'react-router';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { PhaseFormFallback, PhaseFormLayout, usePendingSaves } from '../shared/PhaseForm.tsx';
import { EntriesPanel } from './EntriesPanel.tsx';
import { ReportPanel } from './ReportPanel.tsx';
import { SelfHeader } from './SelfHeader.tsx';
import { StaffingPlanPanel } from './StaffingPlanPanel.tsx';
import { StructureCharts } from './StructureCharts.tsx';
import { useSelfAssessment, useSelfPhaseActions } from './useSelfAssessment.ts';

/**
 * 单位自评 (/campaigns/:id/self-assessment/:unitId): the unit fills its scores, narratives and
 * evidence (autosaved), the staffing plan and the signed report, then submits, which locks the
 * form; officers read it and may return it with a reason. Out of scope answers 404.
 */
export function SelfAssessmentPage() {
  const t = useT();
  const { id = '', unitId = '' } = useParams();
  const { data: form, error } = useSelfAssessment(id, unitId);
  const actions = useSelfPhaseActions(form);
  const { onStatus, pending } = usePendingSaves();
  if (!form)
    return (
      <PhaseFormFallback error={error} backTo="/campaigns/mine" backLabel={t('campaigns.self.backToMine')} />
    );

  const editable = form.canEdit && isPhaseEditable(form.phase.state);
  return (
    <PhaseFormLayout
      header={<SelfHeader form={form} editable={editable} pendingSaves={pending} actions={actions} />}
      phase={form.phase}
      editable={editable}
      actions={actions}
      returnedTitle={t('campaigns.self.returnedAlert')}
      lockedTitle={t('campaigns.self.lockedAlert')}
      tabs={[
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
  );
}
