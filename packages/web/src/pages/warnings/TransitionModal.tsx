import type { Warning } from '@bianping/core/warnings/api';
import type { WarningStatus } from '@bianping/core/warnings/workflow';
import { Alert, App, Descriptions, Form, Input, Modal } from 'antd';
import { isApiError } from '../../api/errors.ts';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { requiredTrimmed } from '../../components/form-rules.ts';
import { SeverityTag } from './SeverityTag.tsx';
import { transitionLabels } from './transition-labels.ts';
import { useTransitionWarning } from './useTransitionWarning.ts';
import { useWarningRules } from './useWarningRules.ts';
import { WarningStatusTag } from './WarningStatusTag.tsx';

export type TransitionTarget = { warning: Warning; to: WarningStatus };

type Values = { note: string };

/** Moves a warning along its workflow; the note (why) is required and kept in its history. */
export function TransitionModal({
  target,
  onClose,
}: {
  target: TransitionTarget | null;
  onClose: () => void;
}) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useTransitionWarning();
  const { byCode } = useWarningRules();
  const ruleName = (code: Warning['code']) => {
    const rule = byCode.get(code);
    return rule ? label(rule.name) : '';
  };

  const close = () => {
    mutation.reset();
    onClose();
  };

  const submit = ({ note }: Values) => {
    if (!target) return;
    const { warning, to } = target;
    mutation.mutate(
      { warning, input: { version: warning.version, to, note: note.trim() } },
      {
        onSuccess: () => {
          void message.success(t('warnings.transitioned', { action: t(transitionLabels[to]) }));
          close();
        },
        onError: (error) => {
          // Someone moved it first: the lists reload, and this dialog has nothing left to do.
          if (isApiError(error, 'E_STALE_VERSION')) {
            void message.warning(t('registry.stale'));
            close();
          } else if (isApiError(error, 'E_ILLEGAL_TRANSITION')) {
            void message.warning(errorText(error));
            close();
          }
        },
      },
    );
  };

  return (
    <Modal
      open={target !== null}
      title={target ? t('warnings.transitionTitle', { action: t(transitionLabels[target.to]) }) : ''}
      okText={target ? t(transitionLabels[target.to]) : t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      {target && (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'unit', label: t('warnings.col.unit'), children: target.warning.unitName },
            {
              key: 'rule',
              label: t('warnings.col.rule'),
              children: (
                <>
                  {target.warning.code} {ruleName(target.warning.code)}{' '}
                  <SeverityTag severity={target.warning.severity} />
                </>
              ),
            },
            { key: 'message', label: t('warnings.col.message'), children: label(target.warning.message) },
            {
              key: 'status',
              label: t('warnings.col.status'),
              children: <WarningStatusTag status={target.warning.status} />,
            },
          ]}
        />
      )}
      {mutation.error && !isApiError(mutation.error, 'E_STALE_VERSION') && (
        <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        name="warning-transition"
        layout="vertical"
        onFinish={submit}
        preserve={false}
      >
        <Form.Item
          label={t('warnings.note')}
          name="note"
          required
          rules={[requiredTrimmed(2, t('warnings.noteRequired'))]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('warnings.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
