import { Alert, Button, Checkbox, Drawer, Empty, Flex, Form, Input, List, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { IndicatorDetailNode } from '../../../api/indicators.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import type { useComments } from './useComments.ts';

type Props = {
  open: boolean;
  onClose: () => void;
  comments: ReturnType<typeof useComments>;
  /** Comments may be added while the set is a draft. */
  canAdd: boolean;
  /** The indicator selected in the tree, which a new comment may be about. */
  selected: IndicatorDetailNode | null;
  onSelectNode: (nodeId: string) => void;
};

/**
 * 评审意见: experts and officers discuss a draft, on the whole set or on one indicator (shown by
 * its current code; clicking it selects the indicator).
 */
export function CommentsDrawer({ open, onClose, comments, canAdd, selected, onSelectNode }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const [aboutNode, setAboutNode] = useState(true);
  const { list, add } = comments;
  const items = list.data?.items ?? [];

  const submit = () =>
    add.mutate(
      { text: text.trim(), nodeId: aboutNode && selected ? selected.id : null },
      { onSuccess: () => setText('') },
    );

  return (
    <Drawer open={open} onClose={onClose} title={t('indicators.comments.title')} size={480}>
      {canAdd && (
        <Form layout="vertical" onFinish={submit} style={{ marginBottom: 16 }}>
          <Form.Item label={t('indicators.comments.new')} htmlFor="indicator-comment">
            <Input.TextArea
              id="indicator-comment"
              value={text}
              onChange={(e) => setText(e.target.value)}
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={2000}
            />
          </Form.Item>
          <Flex justify="space-between" align="center" gap={8}>
            {selected ? (
              <Checkbox checked={aboutNode} onChange={(e) => setAboutNode(e.target.checked)}>
                {t('indicators.comments.about', { code: selected.code, name: selected.name })}
              </Checkbox>
            ) : (
              <span />
            )}
            <Button type="primary" htmlType="submit" disabled={!text.trim()} loading={add.isPending}>
              {t('indicators.comments.submit')}
            </Button>
          </Flex>
          {add.error && <Alert type="error" showIcon title={errorText(add.error)} style={{ marginTop: 8 }} />}
        </Form>
      )}
      {list.error && <Alert type="error" showIcon title={errorText(list.error)} />}
      <List
        loading={list.isPending}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('indicators.comments.empty')} /> }}
        renderItem={(c) => {
          const nodeId = c.nodeId;
          return (
            <List.Item>
              <List.Item.Meta
                title={
                  <Flex gap={8} align="center" wrap>
                    <span>{c.authorName}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {dayjs(c.createdAt).format('YYYY-MM-DD HH:mm')}
                    </Typography.Text>
                    {nodeId && c.nodeCode && (
                      <Tag style={{ cursor: 'pointer' }} onClick={() => onSelectNode(nodeId)}>
                        {c.nodeCode} {c.nodeName}
                      </Tag>
                    )}
                    {nodeId && !c.nodeCode && <Tag>{t('indicators.comments.nodeGone')}</Tag>}
                  </Flex>
                }
                description={
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                    {c.text}
                  </Typography.Paragraph>
                }
              />
            </List.Item>
          );
        }}
      />
    </Drawer>
  );
}
