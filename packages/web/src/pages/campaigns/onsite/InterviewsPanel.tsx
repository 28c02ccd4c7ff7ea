import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { interviewOutlines } from '@bianping/core/campaigns/vocabulary';
import { Button, Card, Empty, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { InterviewRecord, OnsiteForm } from '../../../api/onsite.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { InterviewModal } from './InterviewModal.tsx';

type Props = { form: OnsiteForm; editable: boolean };

/** 访谈记录: the interviews held, each with its outline, post, day, questions covered and notes. */
export function InterviewsPanel({ form, editable }: Props) {
  const t = useT();
  const label = useLabel();
  const [editing, setEditing] = useState<{ record: InterviewRecord | null } | null>(null);
  const questionText = (outline: InterviewRecord['outline'], id: string) => {
    const q = form.outlines.find((o) => o.outline === outline)?.questions.find((x) => x.id === id);
    return q ? `${id} ${label(q.text)}` : id;
  };
  return (
    <Flex vertical gap={16}>
      {editable && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ record: null })}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('campaigns.onsite.interview.add')}
        </Button>
      )}
      {form.interviews.length === 0 && <Empty description={t('campaigns.onsite.interview.none')} />}
      {form.interviews.map((r) => (
        <Card
          key={r.id}
          size="small"
          data-testid="interview"
          title={
            <Space wrap size={4} style={{ whiteSpace: 'normal' }}>
              <Tag color="blue">{label(interviewOutlines.labels[r.outline])}</Tag>
              <span>{r.intervieweeRole}</span>
              <Typography.Text type="secondary">{r.heldOn}</Typography.Text>
            </Space>
          }
          extra={
            editable && (
              <Button
                type="text"
                icon={<EditOutlined />}
                aria-label={t('common.edit')}
                onClick={() => setEditing({ record: r })}
              />
            )
          }
        >
          {r.answeredQuestionIds.length > 0 && (
            <ul style={{ margin: '0 0 8px', paddingInlineStart: 20 }}>
              {r.answeredQuestionIds.map((id) => (
                <li key={id}>{questionText(r.outline, id)}</li>
              ))}
            </ul>
          )}
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
            {r.notes || '—'}
          </Typography.Paragraph>
        </Card>
      ))}
      <InterviewModal
        form={form}
        record={editing?.record ?? null}
        open={editing !== null}
        onClose={() => setEditing(null)}
      />
    </Flex>
  );
}
