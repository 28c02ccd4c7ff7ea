import type { Warning } from '@bianping/core/warnings/api';
import type { WarningStatus } from '@bianping/core/warnings/workflow';
import { Table, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { WarningPage } from '../../api/warnings.ts';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { serverPagination } from '../../components/server-pagination.ts';
import { SeverityTag } from './SeverityTag.tsx';
import { useWarningRules } from './useWarningRules.ts';
import { WarningActions } from './WarningActions.tsx';
import { WarningHistory } from './WarningHistory.tsx';
import { WarningStatusTag } from './WarningStatusTag.tsx';

type Props = {
  data: WarningPage | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  /** The unit column; the unit page leaves it out. */
  showUnit?: boolean;
  /** Workflow buttons, for officers. */
  onTransition?: (warning: Warning, to: WarningStatus) => void;
};

/** Warnings with their rule, level, message in the user's language and status; history on expand. */
export function WarningsTable({ data, loading, onPageChange, showUnit = true, onTransition }: Props) {
  const t = useT();
  const label = useLabel();
  const { byCode } = useWarningRules();
  return (
    <Table<Warning>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.items}
      scroll={{ x: 1100 }}
      locale={{ emptyText: t('warnings.empty') }}
      expandable={{ expandedRowRender: (w) => <WarningHistory warning={w} /> }}
      pagination={serverPagination(data, onPageChange, t)}
      columns={[
        {
          title: t('warnings.col.rule'),
          dataIndex: 'code',
          width: 160,
          render: (code: Warning['code']) => {
            const rule = byCode.get(code);
            return (
              <Tooltip title={rule ? label(rule.explanation) : undefined}>
                <Typography.Text strong>{code}</Typography.Text> {rule ? label(rule.name) : ''}
              </Tooltip>
            );
          },
        },
        {
          title: t('warnings.col.severity'),
          dataIndex: 'severity',
          width: 76,
          render: (severity: Warning['severity']) => <SeverityTag severity={severity} />,
        },
        ...(showUnit
          ? [
              {
                title: t('warnings.col.unit'),
                key: 'unit',
                width: 200,
                render: (_: unknown, w: Warning) => (
                  <Link to={`/registry/units/${w.unitId}?tab=warnings`}>{w.unitName}</Link>
                ),
              },
            ]
          : []),
        { title: t('warnings.col.message'), key: 'message', render: (_, w) => label(w.message) },
        {
          title: t('warnings.col.status'),
          dataIndex: 'status',
          width: 90,
          render: (status: Warning['status']) => <WarningStatusTag status={status} />,
        },
        {
          title: t('warnings.col.lastDetected'),
          dataIndex: 'lastDetectedAt',
          width: 110,
          render: (at: string) => (
            <Tooltip title={dayjs(at).format('YYYY-MM-DD HH:mm')}>{dayjs(at).format('YYYY-MM-DD')}</Tooltip>
          ),
        },
        ...(onTransition
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                width: 170,
                fixed: 'right' as const,
                render: (_: unknown, w: Warning) => (
                  <WarningActions warning={w} onTransition={onTransition} />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
