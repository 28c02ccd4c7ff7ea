import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { expertLimits } from '@bianping/core/campaigns/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Modal } from 'antd';
import { type Expert, saveExpertConflicts } from '../../../api/campaigns.ts';
import { isApiError } from '../../../api/errors.ts';
import { queryKeys } from '../../../api/keys.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { UnitSelect } from '../../../components/UnitSelect.tsx';

type Values = { conflicts: { unitId: string | null; reason: string }[] };

/**
 * 利益冲突: the units an expert must not evaluate besides their employer (a spouse works there, a
 * former post), each with a reason; replaced as a whole.
 */
export function ConflictsModal({ expert, onClose }: { expert: Expert | null; onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) =>
      saveExpertConflicts((expert as Expert).id, {
        version: (expert as Expert).version,
        conflicts: v.conflicts
          .filter((c) => c.unitId)
          .map((c) => ({ unitId: c.unitId as string, reason: c.reason })),
      }),
    onSuccess: () => {
      void message.success(t('experts.conflicts.saved'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.allExperts });
      onClose();
    },
    onError: (err) => {
      if (isApiError(err, 'E_STALE_VERSION')) {
        void message.warning(t('campaigns.stale'));
        void queryClient.invalidateQueries({ queryKey: queryKeys.allExperts });
        onClose();
      }
    },
  });
  const required = (field: string) => [{ required: true, message: t('campaigns.required', { field }) }];

  return (
    <Modal
      open={!!expert}
      title={expert ? t('experts.conflicts.title', { name: expert.name }) : ''}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={680}
      afterClose={() => save.reset()}
    >
      <Form<Values>
        form={form}
        name="expert-conflicts"
        preserve={false}
        initialValues={{ conflicts: expert?.conflicts ?? [] }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.List name="conflicts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="baseline">
                  <Form.Item
                    name={[f.name, 'unitId']}
                    style={{ flex: 1 }}
                    rules={required(t('experts.conflicts.unit'))}
                  >
                    <UnitSelect initialLabel={expert?.conflicts[f.name]?.unitName} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'reason']}
                    style={{ flex: 1 }}
                    rules={required(t('experts.conflicts.reason'))}
                  >
                    <Input placeholder={t('experts.conflicts.reason')} maxLength={expertLimits.reasonMax} />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('campaigns.targets.remove')}
                    onClick={() => remove(f.name)}
                  />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ unitId: null, reason: '' })}>
                {t('experts.conflicts.add')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
      {save.error && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
