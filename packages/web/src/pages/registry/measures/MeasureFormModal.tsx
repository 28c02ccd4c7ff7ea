import { type UnitCategory, unitCategories } from '@bianping/core/registry/vocabulary';
import type { WorkloadMeasureInput } from '@bianping/core/registry/workload';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { isApiError } from '../../../api/errors.ts';
import { queryKeys } from '../../../api/keys.ts';
import { createWorkloadMeasure, updateWorkloadMeasure, type WorkloadMeasure } from '../../../api/registry.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { showErrorOnField } from '../../../components/form-errors.ts';
import { requiredTrimmed } from '../../../components/form-rules.ts';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';

/** The form keeps 全部类别 as '' because a select option cannot carry null. */
type Values = {
  category: UnitCategory | '';
  name: string;
  unitLabel: string;
  description: string;
  sortOrder: number;
};

type Props = {
  /** The definition to edit; null to add one; undefined when closed. */
  target: WorkloadMeasure | null | undefined;
  /** The category a new measure starts with (the page's filter). */
  defaultCategory?: UnitCategory | undefined;
  onClose: () => void;
};

const valuesOf = (m: WorkloadMeasure | null, defaultCategory?: UnitCategory): Values => ({
  category: m ? (m.category ?? '') : (defaultCategory ?? ''),
  name: m?.name ?? '',
  unitLabel: m?.unitLabel ?? '',
  description: m?.description ?? '',
  sortOrder: m?.sortOrder ?? 0,
});

const inputOf = (v: Values): WorkloadMeasureInput => ({
  category: v.category === '' ? null : v.category,
  name: v.name.trim(),
  unitLabel: v.unitLabel.trim() || null,
  description: v.description.trim() || null,
  sortOrder: v.sortOrder ?? 0,
});

/** Adds or edits a 工作量指标; a measure already used by figures keeps its name. */
export function MeasureFormModal({ target, defaultCategory, onClose }: Props) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const editing = target ?? null;
  const inUse = editing?.rowsInUse ?? 0;
  const mutation = useMutation({
    mutationFn: (values: Values) =>
      editing
        ? updateWorkloadMeasure(editing.id, { version: editing.version, ...inputOf(values) })
        : createWorkloadMeasure(inputOf(values)),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.workloadMeasures }),
  });

  const close = () => {
    mutation.reset();
    onClose();
  };

  const submit = (values: Values) =>
    mutation.mutate(values, {
      onSuccess: (saved) => {
        void message.success(editing ? t('measures.saved') : t('measures.created', { name: saved.name }));
        close();
      },
      onError: (error) => {
        if (isApiError(error, 'E_STALE_VERSION')) {
          void message.warning(t('registry.stale'));
          close();
        } else if (showErrorOnField(form, error, errorText(error))) mutation.reset();
      },
    });

  const categoryOptions = [
    { value: '', label: t('measures.allCategories') },
    ...vocabularyOptions(unitCategories, label),
  ];
  return (
    <Modal
      open={target !== undefined}
      title={editing ? t('measures.editTitle', { name: editing.name }) : t('measures.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      {inUse > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('measures.inUseLocked', { count: inUse })}
          style={{ marginBottom: 16 }}
        />
      )}
      {mutation.error && !isApiError(mutation.error, 'E_STALE_VERSION') && (
        <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      {/* Mounted afresh on each opening (destroyOnHidden), so it starts from the target. */}
      <Form<Values>
        form={form}
        name="workload-measure"
        layout="vertical"
        initialValues={valuesOf(editing, defaultCategory)}
        onFinish={submit}
      >
        <Form.Item label={t('measures.category')} name="category">
          <Select
            options={categoryOptions.map((o) => ({
              ...o,
              // A used measure may only widen to every category: another category would orphan its figures.
              disabled: inUse > 0 && o.value !== '' && o.value !== editing?.category,
            }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item
          label={t('measures.name')}
          name="name"
          required
          rules={[requiredTrimmed(1, t('measures.nameRequired'))]}
        >
          <Input maxLength={50} disabled={inUse > 0} />
        </Form.Item>
        <Form.Item label={t('measures.unitLabel')} name="unitLabel">
          <Input maxLength={10} placeholder={t('measures.unitLabelPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('measures.description')} name="description">
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item label={t('measures.sortOrder')} name="sortOrder" extra={t('measures.sortOrderHint')}>
          <InputNumber min={0} max={9999} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
