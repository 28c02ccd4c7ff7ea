import type { UnitDetail } from '@bianping/core/registry';
import {
  type FundingForm,
  fundingForms,
  type StaffingType,
  staffingTypes,
} from '@bianping/core/registry/vocabulary';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { isApiError } from '../../../api/errors.ts';
import { addQuotaChange } from '../../../api/registry.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { showErrorOnField } from '../../../components/form-errors.ts';
import { requiredTrimmed } from '../../../components/form-rules.ts';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';
import { useUnitEdit } from './useUnitEdit.ts';

type Values = {
  staffingType: StaffingType;
  fundingForm: FundingForm;
  direction: 'increase' | 'decrease';
  amount: number;
  effectiveOn: Dayjs;
  docNo: string;
  note?: string;
};

type Props = { detail: UnitDetail; open: boolean; onClose: () => void };

/** The approved quota of one staffing type × funding form: the sum of its ledger rows. */
const currentQuota = (detail: UnitDetail, type: StaffingType | undefined, form: FundingForm | undefined) =>
  detail.quotaLedger
    .filter((e) => e.staffingType === type && e.fundingForm === form)
    .reduce((sum, e) => sum + e.delta, 0);

/** 编制核增/核减: appends a document-backed row to the ledger; nothing already there is edited. */
export function QuotaChangeModal({ detail, open, onClose }: Props) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useUnitEdit(detail.unit.id, addQuotaChange);
  const type = Form.useWatch('staffingType', form);
  const funding = Form.useWatch('fundingForm', form);
  const direction = Form.useWatch('direction', form);
  const amount = Form.useWatch('amount', form);
  const current = currentQuota(detail, type, funding);
  const after = current + (direction === 'decrease' ? -1 : 1) * (amount ?? 0);

  const close = () => {
    mutation.reset();
    onClose();
  };

  const submit = (values: Values) => {
    const delta = values.direction === 'decrease' ? -values.amount : values.amount;
    mutation.mutate(
      {
        version: detail.unit.version,
        staffingType: values.staffingType,
        fundingForm: values.fundingForm,
        delta,
        effectiveOn: values.effectiveOn.format('YYYY-MM-DD'),
        docNo: values.docNo.trim(),
        note: values.note?.trim() || undefined,
      },
      {
        onSuccess: () => {
          void message.success(
            t('registry.quotaChanged', { delta: delta > 0 ? `+${delta}` : String(delta) }),
          );
          close();
        },
        onError: (error) => {
          if (isApiError(error, 'E_STALE_VERSION')) close();
          else if (showErrorOnField(form, error, errorText(error))) mutation.reset();
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('registry.quotaChangeTitle')}
      okText={t('registry.quotaChangeSubmit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph type="secondary">{t('registry.quotaChangeHint')}</Typography.Paragraph>
      {mutation.error && !isApiError(mutation.error, 'E_STALE_VERSION') && (
        <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        name="quota-change"
        layout="vertical"
        preserve={false}
        initialValues={{
          staffingType: detail.staffing[0]?.staffingType ?? 'administrative',
          fundingForm: detail.unit.fundingForm,
          direction: 'increase',
          effectiveOn: dayjs(),
        }}
        onFinish={submit}
      >
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
          <Form.Item
            label={t('registry.ledger.staffingType')}
            name="staffingType"
            rules={[{ required: true }]}
          >
            <Select options={vocabularyOptions(staffingTypes, label)} />
          </Form.Item>
          <Form.Item label={t('registry.field.fundingForm')} name="fundingForm" rules={[{ required: true }]}>
            <Select options={vocabularyOptions(fundingForms, label)} />
          </Form.Item>
          <Form.Item label={t('registry.quotaDirection')} name="direction">
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'increase', label: t('registry.quotaIncrease') },
                { value: 'decrease', label: t('registry.quotaDecrease') },
              ]}
            />
          </Form.Item>
          <Form.Item
            label={t('registry.quotaAmount')}
            name="amount"
            dependencies={['direction', 'staffingType', 'fundingForm']}
            rules={[
              { required: true, message: t('registry.quotaAmountRequired') },
              {
                validator: async (_rule, value: number | undefined) => {
                  if (direction === 'decrease' && value !== undefined && value > current) {
                    throw new Error(t('registry.quotaNegative', { current }));
                  }
                },
              },
            ]}
            extra={t('registry.quotaAfter', { current, after })}
          >
            <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={t('registry.ledger.effectiveOn')} name="effectiveOn" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            label={t('registry.ledger.docNo')}
            name="docNo"
            required
            rules={[requiredTrimmed(2, t('registry.docNoRequired'))]}
          >
            <Input maxLength={80} placeholder={t('registry.docNoPlaceholder')} />
          </Form.Item>
        </div>
        <Form.Item label={t('registry.ledger.note')} name="note">
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
