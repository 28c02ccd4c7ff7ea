import { RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { OnsiteForm } from '../../../api/onsite.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ReturnModal } from '../self-assessment/ReturnModal.tsx';
import { SelfStateTag } from '../self-assessment/SelfStateTag.tsx';
import { AcceptButton } from '../shared/AcceptButton.tsx';
import type { useOnsitePhaseActions } from './useOnsite.ts';

type Props = {
  form: OnsiteForm;
  editable: boolean;
  pendingSaves: number;
  actions: ReturnType<typeof useOnsitePhaseActions>;
};

/**
 * The review's heading: unit, campaign, team, state and deadline; 提交 for the team leader (held
 * while a score is still being saved), 退回 for the office once submitted.
 */
export function OnsiteHeader({ form, editable, pendingSaves, actions }: Props) {
  const t = useT();
  const [returning, setReturning] = useState(false);
  return (
    <>
      <PageHeader
        title={t('campaigns.onsite.title', { unit: form.unit.name })}
        subtitle={
          <Space wrap>
            <span>{form.campaign.name}</span>
            {form.teamNo !== null && <Tag>{t('campaigns.onsite.team', { no: form.teamNo })}</Tag>}
            <SelfStateTag state={form.phase.state} />
            {form.window && <Tag>{t('campaigns.self.deadline', { date: form.window.end })}</Tag>}
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
            {editable && form.isLeader && (
              <Popconfirm
                title={t('campaigns.onsite.submitConfirm')}
                onConfirm={() => actions.submit.mutate()}
                disabled={pendingSaves > 0}
              >
                <Button
                  type="primary"
                  icon={<SendOutlined />}
                  loading={actions.submit.isPending}
                  disabled={pendingSaves > 0}
                >
                  {t('campaigns.onsite.submit')}
                </Button>
              </Popconfirm>
            )}
            {form.canReturn && <AcceptButton accept={actions.accept} />}
            {form.canReturn && (
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
        title={t('campaigns.onsite.returnTitle', { unit: form.unit.name })}
        pending={actions.giveBack.isPending}
        onCancel={() => setReturning(false)}
        onReturn={(reason) => actions.giveBack.mutate(reason, { onSuccess: () => setReturning(false) })}
      />
    </>
  );
}
