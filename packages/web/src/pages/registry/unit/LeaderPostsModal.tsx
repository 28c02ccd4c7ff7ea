import { leaderLevelLabels, type UnitDetail } from '@bianping/core/registry';
import { type LeaderLevel, leaderLevels } from '@bianping/core/registry/vocabulary';
import { Alert, App, Form, InputNumber, Modal, Table, Typography } from 'antd';
import { isApiError } from '../../../api/errors.ts';
import { setLeaderPosts } from '../../../api/registry.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { useUnitEdit } from './useUnitEdit.ts';

type Row = { level: LeaderLevel; approved: number | null; actual: number | null };
type Values = { posts: Row[] };
type Props = { detail: UnitDetail; open: boolean; onClose: () => void };

/**
 * Approved posts per level; actual leaders too while no 实名制 list is loaded (with one, they are
 * counted from it and the column is read-only).
 */
export function LeaderPostsModal({ detail, open, onClose }: Props) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useUnitEdit(detail.unit.id, setLeaderPosts);
  const fromStaff = detail.headcountSource === 'staff';
  const initial: Values = {
    posts: leaderLevels.codes.map((level) => {
      const post = detail.leaderPosts.find((p) => p.level === level);
      return { level, approved: post?.approved ?? null, actual: post?.actual ?? null };
    }),
  };

  const close = () => {
    mutation.reset();
    onClose();
  };

  const submit = (values: Values) => {
    // The form holds only the figures; the level of each row comes from its position.
    const posts = initial.posts.map((row, i) => ({
      level: row.level,
      approved: values.posts?.[i]?.approved ?? null,
      actual: values.posts?.[i]?.actual ?? null,
    }));
    mutation.mutate(
      {
        version: detail.unit.version,
        // A level left empty that never had posts stays absent; one that had posts keeps a row.
        posts: posts
          .filter((p) => p.approved !== null || detail.leaderPosts.some((d) => d.level === p.level))
          .map((p) => ({
            level: p.level,
            approved: p.approved ?? 0,
            actual: fromStaff ? null : (p.actual ?? 0),
          })),
      },
      {
        onSuccess: () => {
          void message.success(t('registry.leaderPostsSaved'));
          close();
        },
        onError: (error) => {
          if (isApiError(error, 'E_STALE_VERSION')) close();
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('registry.editLeaderPosts')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      width={560}
    >
      {mutation.error && !isApiError(mutation.error, 'E_STALE_VERSION') && (
        <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        name="leader-posts"
        preserve={false}
        initialValues={initial}
        onFinish={submit}
      >
        <Table<Row>
          size="small"
          rowKey="level"
          pagination={false}
          dataSource={initial.posts}
          columns={[
            {
              title: t('registry.leaderLevel'),
              dataIndex: 'level',
              render: (level: LeaderLevel) => label(leaderLevelLabels[level]),
            },
            {
              title: t('registry.approvedPosts'),
              key: 'approved',
              render: (_, _row, index) => (
                <Form.Item name={['posts', index, 'approved']} noStyle>
                  <InputNumber min={0} max={100} precision={0} aria-label={t('registry.approvedPosts')} />
                </Form.Item>
              ),
            },
            {
              title: t('registry.actualLeaders'),
              key: 'actual',
              render: (_, _row, index) => (
                <Form.Item name={['posts', index, 'actual']} noStyle>
                  <InputNumber
                    min={0}
                    max={100}
                    precision={0}
                    disabled={fromStaff}
                    aria-label={t('registry.actualLeaders')}
                  />
                </Form.Item>
              ),
            },
          ]}
        />
      </Form>
      {fromStaff && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('registry.leadersFromStaff')}
        </Typography.Paragraph>
      )}
    </Modal>
  );
}
