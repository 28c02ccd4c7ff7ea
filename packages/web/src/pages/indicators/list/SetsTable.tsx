import { BranchesOutlined, CopyOutlined, EditOutlined, EyeOutlined } from '@ant-design/icons';
import { canStartNewVersion } from '@bianping/core/indicators/set-status';
import { Button, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { IndicatorSetList, IndicatorSetSummary } from '../../../api/indicators.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { serverPagination } from '../../../components/server-pagination.ts';
import { ExportSetMenu } from '../ExportSetMenu.tsx';
import { formatPoints } from '../indicator-labels.ts';
import { SetKindTag, SetStatusTag } from '../SetTags.tsx';

type Props = {
  data: IndicatorSetList | undefined;
  loading: boolean;
  canEdit: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onNewEdition: (set: IndicatorSetSummary) => void;
  onDerive: (set: IndicatorSetSummary) => void;
  /** The set whose new edition is being created, so its button spins. */
  pendingId: string | null;
};

/** The sets: name, kind, edition, status, size and last change, with what can be done to each. */
export function SetsTable({
  data,
  loading,
  canEdit,
  onPageChange,
  onNewEdition,
  onDerive,
  pendingId,
}: Props) {
  const t = useT();
  return (
    <Table<IndicatorSetSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.items}
      scroll={{ x: 1300 }}
      locale={{ emptyText: t('indicators.empty') }}
      pagination={serverPagination(data, onPageChange, t)}
      columns={[
        {
          title: t('indicators.field.name'),
          dataIndex: 'name',
          minWidth: 240,
          render: (name: string, set) => (
            <div>
              <Link to={`/indicators/${set.id}`}>{name}</Link>
              {set.derivedFrom && (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('indicators.derivedFrom', {
                      name: set.derivedFrom.name,
                      edition: set.derivedFrom.edition,
                    })}
                  </Typography.Text>
                </div>
              )}
            </div>
          ),
        },
        {
          title: t('indicators.field.kind'),
          key: 'kind',
          width: 170,
          render: (_, set) => <SetKindTag kind={set.kind} category={set.category} />,
        },
        {
          title: t('indicators.col.edition'),
          dataIndex: 'edition',
          width: 90,
          render: (edition: number) => t('indicators.edition', { edition }),
        },
        {
          title: t('indicators.field.status'),
          dataIndex: 'status',
          width: 100,
          render: (status: IndicatorSetSummary['status']) => <SetStatusTag status={status} />,
        },
        {
          title: t('indicators.field.fullMark'),
          dataIndex: 'fullMark',
          width: 80,
          align: 'right',
          render: (points: number) => formatPoints(points),
        },
        { title: t('indicators.col.nodes'), dataIndex: 'nodeCount', width: 90, align: 'right' },
        {
          title: t('indicators.col.updated'),
          dataIndex: 'updatedAt',
          width: 150,
          render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
        },
        {
          title: t('common.actions'),
          key: 'actions',
          width: 360,
          render: (_, set) => {
            const editable = canEdit && set.status === 'draft';
            return (
              <Space size={4} wrap>
                <Link to={`/indicators/${set.id}`}>
                  <Button size="small" type="link" icon={editable ? <EditOutlined /> : <EyeOutlined />}>
                    {editable ? t('common.edit') : t('indicators.view')}
                  </Button>
                </Link>
                {canEdit && canStartNewVersion(set.status) && (
                  <Button
                    size="small"
                    type="link"
                    icon={<CopyOutlined />}
                    loading={pendingId === set.id}
                    onClick={() => onNewEdition(set)}
                  >
                    {t('indicators.newEdition')}
                  </Button>
                )}
                {canEdit && (
                  <Button size="small" type="link" icon={<BranchesOutlined />} onClick={() => onDerive(set)}>
                    {t('indicators.derive')}
                  </Button>
                )}
                <ExportSetMenu setId={set.id} size="small" type="link" />
              </Space>
            );
          },
        },
      ]}
    />
  );
}
