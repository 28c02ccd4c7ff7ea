import type { UnitDetail } from '@bianping/core/registry';
import { validateCreditCode } from '@bianping/core/registry/credit-code';
import {
  fundingForms,
  unitCategories,
  unitKinds,
  unitRanks,
  unitStatuses,
  unitSystems,
} from '@bianping/core/registry/vocabulary';
import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
} from 'antd';
import { useEffect } from 'react';
import { isApiError } from '../../../api/errors.ts';
import { updateUnit } from '../../../api/registry.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { showErrorOnField } from '../../../components/form-errors.ts';
import { requiredTrimmed } from '../../../components/form-rules.ts';
import { UnitSelect } from '../../../components/UnitSelect.tsx';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';
import { changesOf, type UnitEditValues, valuesOf } from './unit-edit-values.ts';
import { useUnitEdit } from './useUnitEdit.ts';

type Props = { detail: UnitDetail; open: boolean; onClose: () => void };

/** Officers edit a unit's basic data; the save carries the version the form started from. */
export function UnitEditDrawer({ detail, open, onClose }: Props) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitEditValues>();
  const mutation = useUnitEdit(detail.unit.id, updateUnit);
  const { unit } = detail;

  // Every opening starts from the unit as it is now.
  useEffect(() => {
    if (open) {
      form.setFieldsValue(valuesOf(unit));
      mutation.reset();
    }
  }, [open, unit, form, mutation.reset]);

  const save = (values: UnitEditValues) => {
    const input = changesOf(unit, values);
    if (Object.keys(input).length === 1) {
      onClose();
      return;
    }
    mutation.mutate(input, {
      onSuccess: () => {
        void message.success(t('registry.saved'));
        onClose();
      },
      onError: (error) => {
        if (isApiError(error, 'E_STALE_VERSION')) onClose();
        else if (showErrorOnField(form, error, errorText(error))) mutation.reset();
      },
    });
  };

  const select = (name: keyof UnitEditValues, text: string, options: { value: string; label: string }[]) => (
    <Form.Item label={text} name={name} rules={[{ required: true }]}>
      <Select options={options} showSearch={{ optionFilterProp: 'label' }} />
    </Form.Item>
  );
  const count = (name: keyof UnitEditValues, text: string, max?: number) => (
    <Form.Item label={text} name={name}>
      <InputNumber min={0} max={max} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  );

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('registry.editUnitTitle', { name: unit.name })}
      size={720}
      destroyOnHidden
    >
      {mutation.error && !isApiError(mutation.error, 'E_STALE_VERSION') && (
        <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<UnitEditValues>
        form={form}
        name="unit-edit"
        layout="vertical"
        initialValues={valuesOf(unit)}
        onFinish={save}
      >
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item
              label={t('registry.field.name')}
              name="name"
              required
              rules={[requiredTrimmed(2, t('registry.nameRequired'))]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('registry.field.shortName')} name="shortName">
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              label={t('registry.field.creditCode')}
              name="creditCode"
              rules={[
                {
                  validator: async (_rule, value: string) => {
                    if (!value?.trim()) return;
                    const problem = validateCreditCode(value.trim().toUpperCase());
                    if (problem) throw new Error(label(problem));
                  },
                },
              ]}
            >
              <Input maxLength={18} style={{ textTransform: 'uppercase' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('registry.field.foundingDocNo')} name="foundingDocNo">
              <Input maxLength={80} />
            </Form.Item>
          </Col>
          <Col span={12}>{select('kind', t('registry.field.kind'), vocabularyOptions(unitKinds, label))}</Col>
          <Col span={12}>
            {select('category', t('registry.field.category'), vocabularyOptions(unitCategories, label))}
          </Col>
          <Col span={12}>
            {select('system', t('registry.field.system'), vocabularyOptions(unitSystems, label))}
          </Col>
          <Col span={12}>{select('rank', t('registry.field.rank'), vocabularyOptions(unitRanks, label))}</Col>
          <Col span={12}>
            {select('fundingForm', t('registry.field.fundingForm'), vocabularyOptions(fundingForms, label))}
          </Col>
          <Col span={12}>
            {select('status', t('registry.field.status'), vocabularyOptions(unitStatuses, label))}
          </Col>
          <Col span={12}>
            <Form.Item
              label={t('registry.field.parent')}
              name="parentUnitId"
              extra={t('registry.parentHint')}
            >
              <UnitSelect initialLabel={unit.parentUnitName} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('registry.field.foundedOn')} name="foundedOn">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('registry.field.endedOn')} name="endedOn">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            {count('internalBodiesApproved', t('registry.field.internalBodiesApproved'), 200)}
          </Col>
          <Col span={12}>{count('nonQuotaCap', t('registry.field.nonQuotaCap'))}</Col>
          <Col span={12}>{count('nonQuotaHeadcount', t('registry.field.nonQuotaHeadcount'))}</Col>
        </Row>
        <Flex justify="flex-end" gap={8} style={{ marginTop: 8 }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={mutation.isPending}>
            {t('common.save')}
          </Button>
        </Flex>
      </Form>
    </Drawer>
  );
}
