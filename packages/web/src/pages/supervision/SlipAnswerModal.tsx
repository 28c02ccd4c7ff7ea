import { slipDecisions } from '@bianping/core/campaigns/supervision-slips';
import { Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import type { SlipDecision } from '../../api/supervision.ts';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { useSlipText } from './supervision-text.ts';

export type AnswerKind = 'confirm' | 'dispute' | 'settle';
type Values = { comment?: string; decision?: SlipDecision };

type Props = {
  kind: AnswerKind | null;
  onCancel: () => void;
  /** Resolves when the step was taken; a rejection keeps the modal open. */
  onSubmit: (kind: AnswerKind, values: { comment: string; decision: SlipDecision }) => Promise<void>;
};

/** 确认 (optional comment), 提出异议 (reason required) or 裁定 (维持/撤销 + reason). */
export function SlipAnswerModal({ kind, onCancel, onSubmit }: Props) {
  const t = useT();
  const st = useSlipText();
  const label = useLabel();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const title = kind ? st(kind) : '';
  const textLabel =
    kind === 'confirm' ? st('confirmComment') : kind === 'dispute' ? st('disputeReason') : st('decisionNote');
  const finish = async (v: Values) => {
    if (!kind) return;
    setBusy(true);
    try {
      await onSubmit(kind, { comment: v.comment?.trim() ?? '', decision: v.decision ?? 'upheld' });
      form.resetFields();
    } catch {
      // The page has said why (and reloaded a stale slip); the modal stays open to try again.
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={kind !== null}
      title={title}
      okText={title}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void finish(v)}
        initialValues={{ decision: 'upheld' }}
      >
        {kind === 'settle' && (
          <Form.Item name="decision" label={st('decision')}>
            <Radio.Group
              options={slipDecisions.codes.map((c) => ({ value: c, label: label(slipDecisions.labels[c]) }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="comment"
          label={textLabel}
          rules={
            kind === 'confirm'
              ? []
              : [{ required: true, min: 2, message: st('required', { field: textLabel }) }]
          }
        >
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
