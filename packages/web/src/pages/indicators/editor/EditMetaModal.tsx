import { Form, Modal } from 'antd';
import { useEffect } from 'react';
import { type IndicatorSetDetail, updateIndicatorSet } from '../../../api/indicators.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { SetMetaFields, type SetMetaValues } from '../SetMetaFields.tsx';
import type { useSetEdit } from './useSetEditor.ts';

type Props = {
  detail: IndicatorSetDetail;
  open: boolean;
  edit: ReturnType<typeof useSetEdit>;
  onClose: () => void;
};

/** 编辑基本信息: name, full mark, bonus cap and description of a draft (its kind never changes). */
export function EditMetaModal({ detail, open, edit, onClose }: Props) {
  const t = useT();
  const [form] = Form.useForm<SetMetaValues>();
  const { set } = detail;
  useEffect(() => {
    if (open)
      form.setFieldsValue({
        name: set.name,
        fullMark: set.fullMark,
        bonusCap: set.bonusCap,
        description: set.description,
      });
  }, [open, form, set]);

  return (
    <Modal
      open={open}
      title={t('indicators.meta.title')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={edit.isPending}
      forceRender
    >
      <Form<SetMetaValues>
        form={form}
        name="indicator-set-meta"
        layout="vertical"
        onFinish={(values) =>
          edit.mutate(
            (version) =>
              updateIndicatorSet(set.id, {
                version,
                name: values.name.trim(),
                fullMark: values.fullMark,
                bonusCap: values.bonusCap ?? null,
                description: values.description ?? '',
              }),
            { onSuccess: onClose },
          )
        }
      >
        <SetMetaFields withKind={false} />
      </Form>
    </Modal>
  );
}
