import { findingCategories, findingSeverities } from '@bianping/core/campaigns/vocabulary';
import { Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { createFinding, type OnsiteFinding, type OnsiteForm, updateFinding } from '../../../api/onsite.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';
import { findingDescriptionRules } from './finding-rules.ts';
import { RecordModal, useRecordSave } from './RecordModal.tsx';

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
  const [fields] = Form.useForm<Values>();
  useEffect(() => {
    if (open) fields.setFieldsValue(finding ?? { severity: 'general', evidenceFileIds: [] });
  }, [open, finding, fields]);
  const save = useRecordSave<Values>(
    form,
    (values) => {
      const body = { ...values, nodeId: finding?.nodeId ?? nodeId, indicatorCode: null };
      return finding
        ? updateFinding(form.campaign.id, form.unit.id, finding.id, { ...body, version: finding.version })
        : createFinding(form.campaign.id, form.unit.id, body);
    },
    'campaigns.onsite.finding.saved',
    onClose,
  );
  return (
    <RecordModal
      open={open}
      title={t(finding ? 'campaigns.onsite.finding.edit' : 'campaigns.onsite.finding.add')}
      fields={fields}
      saving={save.isPending}
      onClose={onClose}
      onSubmit={(values) => save.mutate(values)}
    >
      <Form.Item
        name="category"
        label={t('campaigns.onsite.finding.category')}
        rules={[{ required: true, message: t('campaigns.onsite.finding.categoryRequired') }]}
      >
        <Select options={vocabularyOptions(findingCategories, label)} />
      </Form.Item>
      <Form.Item name="severity" label={t('campaigns.onsite.finding.severity')} rules={[{ required: true }]}>
        <Select options={vocabularyOptions(findingSeverities, label)} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('campaigns.onsite.finding.description')}
        rules={findingDescriptionRules(t)}
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
    </RecordModal>
  );
}
