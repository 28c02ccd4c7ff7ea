import { findingCategories, findingSeverities } from '@bianping/core/campaigns/vocabulary';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { createFinding, type OnsiteFinding, type OnsiteForm, updateFinding } from '../../../api/onsite.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { useOnsiteReload } from './useOnsite.ts';

type Values = Pick<OnsiteFinding, 'category' | 'severity' | 'description' | 'evidenceFileIds'>;

type Props = {
  form: OnsiteForm;
  /** The leaf it is raised on (null: the target as a whole). */
  nodeId: string | null;
  /** The finding being edited, or null for a new one. */
  finding: OnsiteFinding | null;
  open: boolean;
  onClose: () => void;
};

/** 记录问题: category and severity from the ledger's vocabularies, a description, linked evidence. */
export function FindingModal({ form, nodeId, finding, open, onClose }: Props) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [fields] = Form.useForm<Values>();
  const reload = useOnsiteReload(form.campaign.id, form.unit.id);
  useEffect(() => {
    if (open) fields.setFieldsValue(finding ?? { severity: 'general', evidenceFileIds: [] });
  }, [open, finding, fields]);
  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = { ...values, nodeId: finding?.nodeId ?? nodeId, indicatorCode: null };
      return finding
        ? updateFinding(form.campaign.id, form.unit.id, finding.id, { ...body, version: finding.version })
        : createFinding(form.campaign.id, form.unit.id, body);
    },
    onSuccess: () => {
      void message.success(t('campaigns.onsite.finding.saved'));
      reload();
      onClose();
    },
    onError: (error) => {
      void message.error(errorText(error));
      reload();
    },
  });
  return (
    <Modal
      open={open}
      title={t(finding ? 'campaigns.onsite.finding.edit' : 'campaigns.onsite.finding.add')}
      okText={t('common.save')}
      okButtonProps={{ loading: save.isPending }}
      onCancel={onClose}
      onOk={() => void fields.validateFields().then((values) => save.mutate(values))}
      destroyOnHidden
    >
      <Form form={fields} layout="vertical" preserve={false}>
        <Form.Item
          name="category"
          label={t('campaigns.onsite.finding.category')}
          rules={[{ required: true, message: t('campaigns.onsite.finding.categoryRequired') }]}
        >
          <Select
            options={findingCategories.codes.map((c) => ({
              value: c,
              label: label(findingCategories.labels[c]),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="severity"
          label={t('campaigns.onsite.finding.severity')}
          rules={[{ required: true }]}
        >
          <Select
            options={findingSeverities.codes.map((c) => ({
              value: c,
              label: label(findingSeverities.labels[c]),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('campaigns.onsite.finding.description')}
          rules={[
            {
              required: true,
              whitespace: true,
              min: 2,
              message: t('campaigns.onsite.finding.descriptionRequired'),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item name="evidenceFileIds" label={t('campaigns.onsite.finding.evidence')}>
          <Select
            mode="multiple"
            allowClear
            placeholder={t('campaigns.onsite.finding.evidenceNone')}
            options={form.files.map((f) => ({ value: f.fileId, label: f.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
