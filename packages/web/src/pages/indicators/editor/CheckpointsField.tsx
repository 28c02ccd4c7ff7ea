import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { indicatorLimits } from '@bianping/core/indicators';
import { Button, Flex, Form, Input } from 'antd';
import { useT } from '../../../app/i18n/LocaleContext.ts';

/** 评估要点: what the evaluator checks, one point per line, added and removed one by one. */
export function CheckpointsField({ readOnly }: { readOnly: boolean }) {
  const t = useT();
  return (
    <Form.Item label={t('indicators.node.checkpoints')} tooltip={t('indicators.node.checkpointsHint')}>
      <Form.List name="checkpoints">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="flex-start">
                <Form.Item
                  name={field.name}
                  noStyle
                  rules={[
                    { required: true, whitespace: true, message: t('indicators.node.checkpointEmpty') },
                  ]}
                >
                  <Input.TextArea
                    aria-label={t('indicators.node.checkpointN', { n: index + 1 })}
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    maxLength={indicatorLimits.checkpointMax}
                  />
                </Form.Item>
                {!readOnly && (
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('indicators.node.removeCheckpoint', { n: index + 1 })}
                    onClick={() => remove(field.name)}
                  />
                )}
              </Flex>
            ))}
            {!readOnly && (
              <div>
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  disabled={fields.length >= indicatorLimits.checkpointsMax}
                  onClick={() => add('')}
                >
                  {t('indicators.node.addCheckpoint')}
                </Button>
              </div>
            )}
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
