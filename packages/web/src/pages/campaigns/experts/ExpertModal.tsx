import { expertLimits } from '@bianping/core/campaigns/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Switch } from 'antd';
import { createExpert, type Expert, updateExpert } from '../../../api/campaigns.ts';
import { queryKeys } from '../../../api/keys.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { showErrorOnField } from '../../../components/form-errors.ts';
import { UnitSelect } from '../../../components/UnitSelect.tsx';

type Values = {
  name: string;
  employerUnitId: string | null;
  specialty: string;
  canLead: boolean;
  active: boolean;
};

/** `expert` null: 添加专家; otherwise 编辑专家 (versioned). `open` false hides the dialog. */
type Props = { open: boolean; expert: Expert | null; onClose: () => void };

/** Adds or edits an expert of the pool: name, employer, specialty, may lead, still active. */
export function ExpertModal({ open, expert, onClose }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) =>
      expert
        ? updateExpert(expert.id, { ...v, specialty: v.specialty ?? '', version: expert.version })
        : createExpert({ ...v, specialty: v.specialty ?? '' }),
    onSuccess: (saved) => {
      void message.success(t('experts.saved', { name: saved.name }));
      void queryClient.invalidateQueries({ queryKey: queryKeys.allExperts });
      onClose();
    },
    onError: (err) => showErrorOnField(form, err, errorText(err)),
  });

  return (
    <Modal
      open={open}
      title={expert ? t('experts.edit') : t('experts.add')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      afterClose={() => save.reset()}
    >
      <Form<Values>
        form={form}
        name="expert"
        layout="vertical"
        preserve={false}
        initialValues={
          expert ?? { name: '', employerUnitId: null, specialty: '', canLead: true, active: true }
        }
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="name"
          label={t('experts.field.name')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('campaigns.required', { field: t('experts.field.name') }),
            },
          ]}
        >
          <Input maxLength={expertLimits.nameMax} />
        </Form.Item>
        <Form.Item name="employerUnitId" label={t('experts.field.employer')}>
          <UnitSelect initialLabel={expert?.employerUnitName} />
        </Form.Item>
        <Form.Item name="specialty" label={t('experts.field.specialty')}>
          <Input maxLength={expertLimits.specialtyMax} />
        </Form.Item>
        <Form.Item name="canLead" label={t('experts.field.canLead')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="active" label={t('experts.field.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
      {save.error && <Alert type="error" showIcon title={errorText(save.error)} />}
    </Modal>
  );
}
