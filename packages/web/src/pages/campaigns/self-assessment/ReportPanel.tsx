import { useQueryClient } from '@tanstack/react-query';
import { Typography } from 'antd';
import { queryKeys } from '../../../api/keys.ts';
import type { SelfAssessmentForm } from '../../../api/self-assessment.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { EvidenceUpload } from './EvidenceUpload.tsx';

/**
 * 自查报告: the signed and stamped self-inspection report. A new upload replaces the previous one
 * on the server, so the form is reloaded to show which file counts.
 */
export function ReportPanel({ form, editable }: { form: SelfAssessmentForm; editable: boolean }) {
  const t = useT();
  const queryClient = useQueryClient();
  return (
    <div>
      <Typography.Paragraph type="secondary">{t('campaigns.self.report.hint')}</Typography.Paragraph>
      <EvidenceUpload
        campaignId={form.campaign.id}
        unitId={form.unit.id}
        purpose="selfInspectionReport"
        nodeId={null}
        files={form.report ? [form.report] : []}
        disabled={!editable}
        maxCount={1}
        buttonText={form.report ? t('campaigns.self.report.replace') : t('campaigns.self.report.upload')}
        onUploaded={() =>
          void queryClient.invalidateQueries({
            queryKey: queryKeys.selfAssessment(form.campaign.id, form.unit.id),
          })
        }
      />
    </div>
  );
}
