import { EditOutlined } from '@ant-design/icons';
import { leaderLevelLabels, type UnitDetail } from '@bianping/core/registry';
import { Alert, Button, Card, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { LeaderPostsModal } from './LeaderPostsModal.tsx';

type Post = UnitDetail['leaderPosts'][number];
type Props = { detail: UnitDetail; canEdit: boolean };

/** 领导职数: approved against actual leaders per level; a level over its posts is flagged. */
export function LeaderPostsTab({ detail, canEdit }: Props) {
  const t = useT();
  const label = useLabel();
  const [editing, setEditing] = useState(false);
  const over = detail.leaderPosts.filter((p) => p.actual > p.approved);
  const total = detail.leaderPosts.reduce(
    (s, p) => ({ approved: s.approved + p.approved, actual: s.actual + p.actual }),
    { approved: 0, actual: 0 },
  );

  return (
    <Card
      title={t('registry.tab.leaders')}
      extra={
        canEdit && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('registry.editLeaderPosts')}
          </Button>
        )
      }
    >
      {over.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('registry.leadersOver', {
            levels: over.map((p) => label(leaderLevelLabels[p.level])).join(t('registry.listSeparator')),
          })}
        />
      )}
      <Table<Post>
        rowKey="level"
        size="middle"
        pagination={false}
        dataSource={detail.leaderPosts}
        locale={{ emptyText: t('registry.leadersEmpty') }}
        rowClassName={(p) => (p.actual > p.approved ? 'bp-row-over' : '')}
        columns={[
          {
            title: t('registry.leaderLevel'),
            dataIndex: 'level',
            render: (level: Post['level']) => label(leaderLevelLabels[level]),
          },
          { title: t('registry.approvedPosts'), dataIndex: 'approved', align: 'right' },
          {
            title: t('registry.actualLeaders'),
            dataIndex: 'actual',
            align: 'right',
            render: (actual: number, p) => (
              <Typography.Text type={actual > p.approved ? 'danger' : undefined} strong={actual > p.approved}>
                {actual}
              </Typography.Text>
            ),
          },
          {
            title: t('registry.gap'),
            key: 'gap',
            align: 'right',
            render: (_, p) =>
              p.actual > p.approved ? (
                <Tag color="red">{t('registry.overBy', { count: p.actual - p.approved })}</Tag>
              ) : p.actual < p.approved ? (
                t('registry.vacantBy', { count: p.approved - p.actual })
              ) : (
                <Tag color="green">{t('registry.full')}</Tag>
              ),
          },
        ]}
        summary={() =>
          detail.leaderPosts.length > 1 ? (
            <Table.Summary.Row style={{ fontWeight: 600, background: '#fafafa' }}>
              <Table.Summary.Cell index={0}>{t('common.all')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {total.approved}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {total.actual}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} />
            </Table.Summary.Row>
          ) : undefined
        }
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {detail.headcountSource === 'staff' ? t('registry.leadersFromStaff') : t('registry.leadersDirect')}
      </Typography.Paragraph>
      {canEdit && <LeaderPostsModal detail={detail} open={editing} onClose={() => setEditing(false)} />}
    </Card>
  );
}
