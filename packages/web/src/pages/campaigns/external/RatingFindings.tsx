import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { findingLimits } from '@bianping/core/campaigns/finding';
import { findingCategories, findingSeverities } from '@bianping/core/campaigns/vocabulary';
import { Button, Flex, Form, Input, List, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';
import { CategoryTag, SeverityTag } from '../onsite/FindingTags.tsx';
import { findingDescriptionRules } from '../onsite/finding-rules.ts';
import type { RatingFinding } from './useRatingAutosave.ts';

type Props = {
  /** The assignment's id: prefixes the form's field ids, as several forms may be open at once. */
  id: string;
  /** Names the item in the controls' labels: `党建 问题描述`. */
  itemName: string;
  findings: RatingFinding[];
  editable: boolean;
  onChange: (findings: RatingFinding[]) => void;
};

type Values = Pick<RatingFinding, 'category' | 'severity' | 'description'>;

/**
 * The findings raised with a rating: the ledger's category and severity and a description, added
 * through a small inline form and removed with the rating's autosave.
 */
export function RatingFindings({ id, itemName, findings, editable, onChange }: Props) {
  const t = useT();
  const label = useLabel();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<Values>();
  const add = (values: Values) => {
    onChange([
      ...findings,
      { ...values, description: values.description.trim(), evidenceFileIds: [], indicatorCode: null },
    ]);
    form.resetFields();
    setAdding(false);
  };
  return (
    <Flex vertical gap={8}>
      {findings.length > 0 && (
        <List
          size="small"
          bordered
          aria-label={t('external.finding.listOf', { item: itemName })}
          dataSource={findings}
          renderItem={(f, index) => (
            <List.Item
              data-testid="external-finding"
              actions={
                editable
                  ? [
                      <Button
                        key="remove"
                        type="text"
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('external.finding.remove')}
                        onClick={() => onChange(findings.filter((_, i) => i !== index))}
                      />,
                    ]
                  : []
              }
            >
              <Space wrap size={4} style={{ minWidth: 0 }}>
                <SeverityTag severity={f.severity} />
                <CategoryTag category={f.category} />
                <Typography.Text style={{ wordBreak: 'break-word' }}>{f.description}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
      {editable && !adding && findings.length < 20 && (
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() => setAdding(true)}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('external.finding.add')}
        </Button>
      )}
      {editable && adding && (
        <Form
          form={form}
          name={`finding-${id}`}
          layout="vertical"
          size="small"
          initialValues={{ severity: 'general' }}
          onFinish={add}
          aria-label={t('external.finding.formOf', { item: itemName })}
        >
          <Flex gap={8} wrap>
            <Form.Item
              name="category"
              label={t('campaigns.onsite.finding.category')}
              rules={[{ required: true, message: t('campaigns.onsite.finding.categoryRequired') }]}
              style={{ minWidth: 160, flex: '1 1 160px', marginBottom: 8 }}
            >
              <Select options={vocabularyOptions(findingCategories, label)} />
            </Form.Item>
            <Form.Item
              name="severity"
              label={t('campaigns.onsite.finding.severity')}
              rules={[{ required: true }]}
              style={{ minWidth: 120, flex: '0 1 140px', marginBottom: 8 }}
            >
              <Select options={vocabularyOptions(findingSeverities, label)} />
            </Form.Item>
          </Flex>
          <Form.Item
            name="description"
            label={t('campaigns.onsite.finding.description')}
            rules={findingDescriptionRules(t)}
            style={{ marginBottom: 8 }}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={findingLimits.descriptionMax} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              {t('external.finding.confirm')}
            </Button>
            <Button onClick={() => setAdding(false)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      )}
    </Flex>
  );
}
