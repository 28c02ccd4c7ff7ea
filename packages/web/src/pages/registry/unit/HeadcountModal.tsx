import type { UnitDetail } from '@bianping/core/registry';
import { type StaffingType, staffingTypes } from '@bianping/core/registry/vocabulary';
import { Alert, App, Form, InputNumber, Modal, Typography } from 'antd';
import { isApiError } from '../../../api/errors.ts';
import { setHeadcounts } from '../../../api/registry.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { useUnitEdit } from './useUnitEdit.ts';

type Values = Partial<Record<StaffingType, number | null>>;
type Props = { detail: UnitDetail; open: boolean; onClose: () => void };

/**
 * 实有人数 entered by hand, per staffing type — only while the unit has no 实名制 list loaded;
 * once it has one, headcount is counted from the list.
 */
export function HeadcountModal({ detail, open, onClose }: Props) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useUnitEdit(detail.unit.id, setHeadcounts);
  const initial = Object.fromEntries(detail.staffing.map((s) => [s.staffingType, s.headcount])) as Values;

  const close = () => {
    mutation.reset();
    onClose();
  };

  const submit = (values: Values) =>
    mutation.mutate(
      {
        version: detail.unit.version,
        headcounts: staffingTypes.codes
          .filter((type) => typeof values[type] === 'number' || initial[type] !== undefined)
          .map((type) => ({ staffingType: type, count: values[type] ?? 0 })),
      },
      {
        onSuccess: () => {
          void message.success(t('registry.headcountSaved'));
          close();
        },
        onError: (error) => {
          if (isApiError(error, 'E_STALE_VERSION')) close();
        },
      },
    );

  return (
    <Modal
      open={open}
      title={t('registry.headcountTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('registry.headcountHint')}</Typography.Paragraph>
      {mutation.error && !isApiError(mutation.error, 'E_STALE_VERSION') && (
        <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        name="headcounts"
        layout="horizontal"
        labelCol={{ span: 10 }}
        preserve={false}
        initialValues={initial}
        onFinish={submit}
      >
        {staffingTypes.codes.map((type) => {
          const quota = detail.staffing.find((s) => s.staffingType === type)?.quota ?? 0;
          return (
            <Form.Item
              key={type}
              label={label(staffingTypes.labels[type])}
              name={type}
              extra={t('registry.headcountQuota', { quota })}
            >
              <InputNumber min={0} max={100000} precision={0} style={{ width: 160 }} />
            </Form.Item>
          );
        })}
      </Form>
    </Modal>
  );
}
