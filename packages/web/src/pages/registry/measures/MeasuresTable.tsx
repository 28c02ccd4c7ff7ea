import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { unitCategories } from '@bianping/core/registry/vocabulary';
import { Button, Popconfirm, Space, Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import type { WorkloadMeasure } from '../../../api/registry.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { categoryText } from './useWorkloadMeasures.ts';

type Props = {
  rows: WorkloadMeasure[] | undefined;
  loading: boolean;
  /** Absent for readers: no edit and delete buttons. */
  onEdit?: (measure: WorkloadMeasure) => void;
  onDelete?: (measure: WorkloadMeasure) => void;
};

const categoryRank = (m: WorkloadMeasure) =>
  m.category === null ? -1 : unitCategories.codes.indexOf(m.category);

/** The definitions grouped by category (全部类别 first, then the vocabulary's order). */
export function MeasuresTable({ rows, loading, onEdit, onDelete }: Props) {
  const t = useT();
  const label = useLabel();
  const sorted = useMemo(
    () =>
      [...(rows ?? [])].sort(
        (a, b) =>
          categoryRank(a) - categoryRank(b) ||
          a.sortOrder - b.sortOrder ||
          a.name.localeCompare(b.name, 'zh-CN'),
      ),
    [rows],
  );
  // The category cell spans its group's rows, which is what makes the list read as groups.
  const span = (index: number) => {
    const row = sorted[index];
    if (index > 0 && sorted[index - 1]?.category === row?.category) return 0;
    let n = 1;
    while (sorted[index + n] && sorted[index + n]?.category === row?.category) n++;
    return n;
  };

  const columns: TableColumnsType<WorkloadMeasure> = [
    {
      title: t('measures.category'),
      key: 'category',
      width: 140,
      onCell: (_row, index) => ({ rowSpan: span(index ?? 0) }),
      render: (_, m) => (
        <Typography.Text strong>
          {categoryText(m.category, label, t('measures.allCategories'))}
        </Typography.Text>
      ),
    },
    { title: t('measures.name'), dataIndex: 'name', width: 200 },
    {
      title: t('measures.unitLabel'),
      dataIndex: 'unitLabel',
      width: 100,
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('measures.description'),
      dataIndex: 'description',
      render: (v: string | null) => v ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    { title: t('measures.sortOrder'), dataIndex: 'sortOrder', width: 80, align: 'right' },
    {
      title: t('measures.inUse'),
      dataIndex: 'rowsInUse',
      width: 100,
      align: 'right',
      render: (n: number) => t('measures.rows', { count: n.toLocaleString() }),
    },
  ];
  if (onEdit && onDelete) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      render: (_, m) => (
        <Space size={4}>
          <Button size="small" type="link" icon={<EditOutlined />} onClick={() => onEdit(m)}>
            {t('common.edit')}
          </Button>
          {m.rowsInUse > 0 ? (
            <Tooltip title={t('measures.deleteInUse', { count: m.rowsInUse })}>
              <Button size="small" type="link" danger icon={<DeleteOutlined />} disabled>
                {t('measures.delete')}
              </Button>
            </Tooltip>
          ) : (
            <Popconfirm
              title={t('measures.deleteConfirm', { name: m.name })}
              okText={t('measures.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => onDelete(m)}
            >
              <Button size="small" type="link" danger icon={<DeleteOutlined />}>
                {t('measures.delete')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    });
  }
  return (
    <Table<WorkloadMeasure>
      rowKey="id"
      size="middle"
      bordered
      loading={loading}
      dataSource={sorted}
      columns={columns}
      pagination={false}
      locale={{ emptyText: t('measures.empty') }}
    />
  );
}
