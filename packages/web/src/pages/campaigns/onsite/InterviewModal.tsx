import { interviewOutlines } from '@bianping/core/campaigns/vocabulary';
import { useMutation } from '@tanstack/react-query';
import { App, Checkbox, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
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
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { useOnsiteReload } from './useOnsite.ts';

type Values = Omit<InterviewRecordInput, 'heldOn'> & { heldOn: Dayjs };

type Props = { form: OnsiteForm; record: InterviewRecord | null; open: boolean; onClose: () => void };

/**
 * 访谈记录: the outline (one of the campaign's four), the interviewee's post, the day, the
 * outline's questions as checkboxes (which were covered) and the notes.
 */
export function InterviewModal({ form, record, open, onClose }: Props) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [fields] = Form.useForm<Values>();
  const outline = Form.useWatch('outline', fields);
  const questions = form.outlines.find((o) => o.outline === outline)?.questions ?? [];
  const reload = useOnsiteReload(form.campaign.id, form.unit.id);
  useEffect(() => {
    if (!open) return;
    fields.setFieldsValue(
      record
        ? { ...record, heldOn: dayjs(record.heldOn) }
        : { outline: form.outlines[0]?.outline, heldOn: dayjs(), answeredQuestionIds: [], notes: '' },
    );
  }, [open, record, form.outlines, fields]);
  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = { ...values, heldOn: values.heldOn.format('YYYY-MM-DD') };
      return record
        ? updateInterview(form.campaign.id, form.unit.id, record.id, { ...body, version: record.version })
        : createInterview(form.campaign.id, form.unit.id, body);
    },
    onSuccess: () => {
      void message.success(t('campaigns.onsite.interview.saved'));
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
      title={t(record ? 'campaigns.onsite.interview.edit' : 'campaigns.onsite.interview.add')}
      okText={t('common.save')}
      okButtonProps={{ loading: save.isPending }}
      onCancel={onClose}
      onOk={() => void fields.validateFields().then((values) => save.mutate(values))}
      destroyOnHidden
    >
      <Form form={fields} layout="vertical" preserve={false}>
        <Form.Item
          name="outline"
          label={t('campaigns.onsite.interview.outline')}
          rules={[{ required: true }]}
        >
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
          rules={[
            { required: true, whitespace: true, message: t('campaigns.onsite.interview.roleRequired') },
          ]}
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
      </Form>
    </Modal>
  );
}
