import {
  ArrowLeftOutlined,
  DeleteOutlined,
  EditOutlined,
  PrinterOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { findingCategories, findingSeverities } from '@bianping/core/campaigns/vocabulary';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  List,
  Popconfirm,
  Result,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/errors.ts';
import {
  confirmSlip,
  deleteSlip,
  disputeSlip,
  getSlip,
  type SlipDetail,
  sendSlip,
  settleSlip,
  slipKeys,
} from '../../api/supervision.ts';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { type AnswerKind, SlipAnswerModal } from './SlipAnswerModal.tsx';
import { SlipAttachments } from './SlipAttachments.tsx';
import { SlipFormDrawer } from './SlipFormDrawer.tsx';
import { SlipItemsTable } from './SlipItemsTable.tsx';
import { SlipStatusTag } from './SlipStatusTag.tsx';
import { useSlipText } from './supervision-text.ts';

/** One 督查确认单 (/supervision/:id): the slip, and the next step the caller may take. */
export function SlipPage() {
  const t = useT();
  const st = useSlipText();
  const label = useLabel();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { id = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const [answering, setAnswering] = useState<AnswerKind | null>(null);
  const { data, error, isPending, refetch } = useQuery({
    queryKey: slipKeys.one(id),
    queryFn: ({ signal }) => getSlip(id, signal),
  });

  /** Runs a step; a stale version reloads the slip and says so. */
  const run = async (action: () => Promise<SlipDetail | unknown>, done: string) => {
    try {
      const result = await action();
      if (result && typeof result === 'object' && 'slip' in result) {
        queryClient.setQueryData(slipKeys.one(id), result);
      }
      void queryClient.invalidateQueries({ queryKey: [...slipKeys.all, 'list'] });
      void message.success(done);
    } catch (err) {
      if (isApiError(err, 'E_STALE_VERSION')) {
        void refetch();
        void message.warning(st('stale'));
      } else void message.error(errorText(err));
      throw err;
    }
  };

  if (isPending)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  if (error) {
    return (
      <Result
        status={isApiError(error, 'E_NOT_FOUND') ? '404' : 'warning'}
        title={t('error.loadFailed')}
        subTitle={errorText(error)}
        extra={
          <Link to="/supervision">
            <Button>{st('back')}</Button>
          </Link>
        }
      />
    );
  }
  const { slip, can } = data;
  const version = slip.version;
  const answer = async (kind: AnswerKind, v: { comment: string; decision: 'upheld' | 'withdrawn' }) => {
    const steps = {
      confirm: () => confirmSlip(id, version, v.comment),
      dispute: () => disputeSlip(id, version, v.comment),
      settle: () => settleSlip(id, version, v.decision, v.comment),
    };
    const done = { confirm: st('confirmed'), dispute: st('disputed'), settle: st('settled') };
    await run(steps[kind], done[kind]);
    setAnswering(null);
  };

  return (
    <>
      <PageHeader
        title={`${st('title')} ${slip.slipNo}`}
        extra={
          <>
            <Link to="/supervision">
              <Button icon={<ArrowLeftOutlined />}>{st('back')}</Button>
            </Link>
            <Link to={`/supervision/${id}/print`}>
              <Button icon={<PrinterOutlined />}>{st('printView')}</Button>
            </Link>
          </>
        }
      />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          {can.edit && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
          {can.send && (
            <Popconfirm
              title={st('sendConfirm')}
              onConfirm={() => run(() => sendSlip(id, version), st('sent')).catch(() => undefined)}
            >
              <Button type="primary" icon={<SendOutlined />}>
                {st('send')}
              </Button>
            </Popconfirm>
          )}
          {can.edit && (
            <Popconfirm
              title={st('deleteConfirm')}
              onConfirm={() =>
                run(() => deleteSlip(id, version), st('deleted'))
                  .then(() => navigate('/supervision'))
                  .catch(() => undefined)
              }
            >
              <Button danger icon={<DeleteOutlined />}>
                {st('delete')}
              </Button>
            </Popconfirm>
          )}
          {can.answer && (
            <>
              <Button type="primary" onClick={() => setAnswering('confirm')}>
                {st('confirm')}
              </Button>
              <Button danger onClick={() => setAnswering('dispute')}>
                {st('dispute')}
              </Button>
            </>
          )}
          {can.settle && (
            <Button type="primary" onClick={() => setAnswering('settle')}>
              {st('settle')}
            </Button>
          )}
        </Flex>
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={st('slipNo')}>{slip.slipNo}</Descriptions.Item>
          <Descriptions.Item label={st('status')}>
            <SlipStatusTag status={slip.status} decision={slip.decision} />
          </Descriptions.Item>
          <Descriptions.Item label={st('unit')}>{data.unitName}</Descriptions.Item>
          <Descriptions.Item label={st('inspectedOn')}>{slip.inspectedOn}</Descriptions.Item>
          <Descriptions.Item label={st('place')}>{slip.place || '—'}</Descriptions.Item>
          <Descriptions.Item label={st('inspectors')}>
            {data.inspectors.map((p) => p.displayName).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={st('suggestion')} span={2}>
            {slip.suggestion || '—'}
          </Descriptions.Item>
          {slip.unitComment && (
            <Descriptions.Item label={st('unitComment')} span={2}>
              {slip.unitComment}
            </Descriptions.Item>
          )}
          {slip.decisionNote && (
            <Descriptions.Item label={st('decisionNote')} span={2}>
              {slip.decisionNote}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={st('items')} style={{ marginTop: 16 }}>
        <SlipItemsTable items={slip.items} />
      </Card>
      {slip.findings.length > 0 && (
        <Card title={st('findings')} style={{ marginTop: 16 }}>
          <List
            dataSource={slip.findings}
            renderItem={(f) => (
              <List.Item>
                <Space>
                  <Tag>{label(findingCategories.labels[f.category])}</Tag>
                  <Tag color="orange">{label(findingSeverities.labels[f.severity])}</Tag>
                  {f.description}
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}
      <Card title={st('attachments')} style={{ marginTop: 16 }}>
        {data.attachments.length === 0 && !can.edit ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <SlipAttachments detail={data} editable={can.edit} />
        )}
      </Card>
      {can.edit && <SlipFormDrawer open={editing} onClose={() => setEditing(false)} detail={data} />}
      <SlipAnswerModal kind={answering} onCancel={() => setAnswering(null)} onSubmit={answer} />
    </>
  );
}
