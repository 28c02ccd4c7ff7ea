import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { createCampaign } from '../../../api/campaigns.ts';
import { queryKeys } from '../../../api/keys.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { showErrorOnField } from '../../../components/form-errors.ts';
import { BasicsFields, type BasicsValues } from '../BasicsFields.tsx';

type Props = { open: boolean; onClose: () => void };

/** 新建评估项目: a draft with default phases, weights and bands, opened in the wizard at once. */
export function CreateCampaignModal({ open, onClose }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<BasicsValues>();
  const create = useMutation({
    mutationFn: (values: BasicsValues) => createCampaign({ ...values, description: '' }),
    onSuccess: (detail) => {
      void message.success(t('campaigns.created', { name: detail.campaign.name }));
      queryClient.setQueryData(queryKeys.campaign(detail.campaign.id), detail);
      void queryClient.invalidateQueries({ queryKey: queryKeys.campaignLists });
      onClose();
      navigate(`/campaigns/${detail.campaign.id}`);
    },
    onError: (err) => showErrorOnField(form, err, errorText(err)),
  });

  return (
    <Modal
      open={open}
      title={t('campaigns.create')}
      okText={t('campaigns.create.ok')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
      afterClose={() => {
        form.resetFields();
        create.reset();
      }}
    >
      <Form<BasicsValues>
        form={form}
        name="create-campaign"
        layout="vertical"
        initialValues={{ year: dayjs().year(), type: 'annual' }}
        onFinish={(v) => create.mutate(v)}
      >
        <BasicsFields />
      </Form>
      {create.error && <Alert type="error" showIcon title={errorText(create.error)} />}
    </Modal>
  );
}
