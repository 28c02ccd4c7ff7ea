import { RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { SelfAssessmentForm } from '../../../api/self-assessment.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { AcceptButton } from '../shared/AcceptButton.tsx';
import { ReturnModal } from './ReturnModal.tsx';
import { SelfStateTag } from './SelfStateTag.tsx';
import type { useSelfPhaseActions } from './useSelfAssessment.ts';

type Props = {
  form: SelfAssessmentForm;
  editable: boolean;
  /** Indicators whose latest edit the server does not hold yet. */
  pendingSaves: number;
  actions: ReturnType<typeof useSelfPhaseActions>;
};

/**
 * The form's heading: campaign, unit, phase state and deadline; 提交 for the unit (held while an
 * edit is still being saved) and 审核通过 / 退回 for the office once the form is submitted.
 */
export function SelfHeader({ form, editable, pendingSaves, actions }: Props) {
  const t = useT();
  const [returning, setReturning] = useState(false);
  const canReturn = form.canReturn && form.phase.state === 'submitted';
  return (
    <>
      <PageHeader
        title={t('campaigns.self.title', { unit: form.unit.name })}
        subtitle={
          <Space wrap>
            <span>{form.campaign.name}</span>
            <SelfStateTag state={form.phase.state} />
            {form.deadline && <Tag>{t('campaigns.self.deadline', { date: form.deadline })}</Tag>}
            {editable && (
              <Typography.Text type={pendingSaves ? 'warning' : 'secondary'} role="status">
                {pendingSaves
                  ? t('campaigns.self.pending', { count: pendingSaves })
                  : t('campaigns.self.allSaved')}
              </Typography.Text>
            )}
          </Space>
        }
        extra={
          <>
            {editable && (
              <Popconfirm
                title={t('campaigns.self.submitConfirm')}
                onConfirm={() => actions.submit.mutate()}
                disabled={pendingSaves > 0}
              >
                <Button
                  type="primary"
                  icon={<SendOutlined />}
                  loading={actions.submit.isPending}
                  disabled={pendingSaves > 0}
                >
                  {t('campaigns.self.submit')}
                </Button>
              </Popconfirm>
            )}
            {canReturn && <AcceptButton accept={actions.accept} />}
            {canReturn && (
              <Button danger icon={<RollbackOutlined />} onClick={() => setReturning(true)}>
                {t('campaigns.self.return')}
              </Button>
            )}
          </>
        }
      />
      <ReturnModal
        open={returning}
        unitName={form.unit.name}
        pending={actions.giveBack.isPending}
        onCancel={() => setReturning(false)}
        onReturn={(reason) => actions.giveBack.mutate(reason, { onSuccess: () => setReturning(false) })}
      />
    </>
  );
}
