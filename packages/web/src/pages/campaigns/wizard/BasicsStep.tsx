import { Button, Form } from 'antd';
import { updateCampaignBasics } from '../../../api/campaigns.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { BasicsFields, type BasicsValues } from '../BasicsFields.tsx';
import { useCampaignEdit } from '../useCampaign.ts';
import type { StepProps } from './PlanWizard.tsx';

/** 基本信息: name, year, type, region and a description of the draft. */
export function BasicsStep({ detail, editable }: StepProps) {
  const t = useT();
  const { campaign } = detail;
  const edit = useCampaignEdit(campaign.id, { successText: t('campaigns.saved') });
  return (
    <Form<BasicsValues>
      name="campaign-basics"
      layout="vertical"
      style={{ maxWidth: 640 }}
      // The key makes a reload (after a stale save, another user's change) show the stored values.
      key={campaign.version}
      initialValues={campaign}
      onFinish={(values) =>
        edit.mutate((version) => updateCampaignBasics(campaign.id, { ...values, version }))
      }
    >
      <BasicsFields withDescription disabled={!editable} />
      {editable && (
        <Button type="primary" htmlType="submit" loading={edit.isPending}>
          {t('common.save')}
        </Button>
      )}
    </Form>
  );
}
