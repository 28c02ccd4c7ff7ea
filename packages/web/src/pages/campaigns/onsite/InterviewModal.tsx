import { interviewOutlines } from '@bianping/core/campaigns/vocabulary';
import { Checkbox, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import {
  createInterview,
  type InterviewRecord,
  type InterviewRecordInput,
  type OnsiteForm,
  updateInterview,
} from '../../../api/onsite.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { RecordModal, useRecordSave } from './RecordModal.tsx';

type Values = Omit<InterviewRecordInput, 'heldOn'> & { heldOn: Dayjs };

type Props = { form: OnsiteForm; record: InterviewRecord | null; open: boolean; onClose: () => void };

/**
 * 访谈记录: the outline (one of the campaign's four), the interviewee's post, the day, the
 * outline's questions as checkboxes (which were covered) and the notes.
 */
export function InterviewModal({ form, record, open, onClose }: Props) {
  const t = useT();
  const label = useLabel();
  const [fields] = Form.useForm<Values>();
  const outline = Form.useWatch('outline', fields);
  const questions = form.outlines.find((o) => o.outline === outline)?.questions ?? [];
  useEffect(() => {
    if (!open) return;
    fields.setFieldsValue(
      record
        ? { ...record, heldOn: dayjs(record.heldOn) }
        : { outline: form.outlines[0]?.outline, heldOn: dayjs(), answeredQuestionIds: [], notes: '' },
    );
  }, [open, record, form.outlines, fields]);
  const save = useRecordSave<Values>(
    form,
    (values) => {
      const body = { ...values, heldOn: values.heldOn.format('YYYY-MM-DD') };
      return record
        ? updateInterview(form.campaign.id, form.unit.id, record.id, { ...body, version: record.version })
        : createInterview(form.campaign.id, form.unit.id, body);
    },
    'campaigns.onsite.interview.saved',
    onClose,
  );
  return (
    <RecordModal
      open={open}
      title={t(record ? 'campaigns.onsite.interview.edit' : 'campaigns.onsite.interview.add')}
      fields={fields}
      saving={save.isPending}
      onClose={onClose}
      onSubmit={(values) => save.mutate(values)}
    >
      <Form.Item name="outline" label={t('campaigns.onsite.interview.outline')} rules={[{ required: true }]}>
        <Select
          options={form.outlines.map((o) => ({
            value: o.outline,
            label: label(interviewOutlines.labels[o.outline]),
          }))}
          onChange={() => fields.setFieldValue('answeredQuestionIds', [])}
        />
      </Form.Item>
      <Form.Item
        name="intervieweeRole"
        label={t('campaigns.onsite.interview.role')}
        rules={[{ required: true, whitespace: true, message: t('campaigns.onsite.interview.roleRequired') }]}
      >
        <Input maxLength={50} placeholder={t('campaigns.onsite.interview.rolePlaceholder')} />
      </Form.Item>
      <Form.Item name="heldOn" label={t('campaigns.onsite.interview.heldOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="answeredQuestionIds" label={t('campaigns.onsite.interview.questions')}>
        <Checkbox.Group style={{ width: '100%' }}>
          <Flex vertical gap={6}>
            {questions.map((q) => (
              <Checkbox key={q.id} value={q.id}>
                {q.id} {label(q.text)}
              </Checkbox>
            ))}
          </Flex>
        </Checkbox.Group>
      </Form.Item>
      <Form.Item name="notes" label={t('campaigns.onsite.interview.notes')}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={8000} showCount />
      </Form.Item>
    </RecordModal>
  );
}
