import { RollbackOutlined } from '@ant-design/icons';
import { Button, Progress, Table, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ExternalSheetSummary } from '../../../api/external.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { ReturnModal } from '../self-assessment/ReturnModal.tsx';
import { SelfStateTag } from '../self-assessment/SelfStateTag.tsx';
import type { useExternalActions } from './useExternalOverview.ts';

type Props = {
  sheets: ExternalSheetSummary[];
  canManage: boolean;
  giveBack: ReturnType<typeof useExternalActions>['giveBack'];
};

/** One row per rater department: its sheet's state, how much is graded, when it was submitted, 退回. */
export function ExternalSheetsTable({ sheets, canManage, giveBack }: Props) {
  const t = useT();
  const [returning, setReturning] = useState<ExternalSheetSummary | null>(null);
  return (
    <>
      <Table<ExternalSheetSummary>
        rowKey="raterUnitId"
        size="small"
        dataSource={sheets}
        aria-label={t('external.sheets.title')}
        pagination={{
          defaultPageSize: 10,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
        }}
        locale={{ emptyText: t('external.sheets.empty') }}
        columns={[
          { title: t('external.sheets.rater'), dataIndex: 'raterName' },
          {
            title: t('external.state'),
            dataIndex: 'state',
            width: 100,
            render: (_, s) =>
              s.state === 'returned' && s.returnedReason ? (
                <Tooltip title={s.returnedReason}>
                  <span>
                    <SelfStateTag state={s.state} />
                  </span>
                </Tooltip>
              ) : (
                <SelfStateTag state={s.state} />
              ),
          },
          {
            title: t('external.progress'),
            key: 'progress',
            width: 180,
            render: (_, s) => (
              <Progress
                size="small"
                percent={s.total ? Math.round((s.graded / s.total) * 100) : 0}
                format={() => `${s.graded} / ${s.total}`}
                aria-label={t('external.gradedOf', { graded: s.graded, total: s.total })}
              />
            ),
          },
          {
            title: t('external.sheets.submittedAt'),
            dataIndex: 'submittedAt',
            width: 150,
            responsive: ['md'],
            render: (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—'),
          },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 90,
                  render: (_: unknown, s: ExternalSheetSummary) =>
                    s.state === 'submitted' && (
                      <Button
                        type="link"
                        size="small"
                        danger
                        icon={<RollbackOutlined />}
                        onClick={() => setReturning(s)}
                      >
                        {t('campaigns.self.return')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <ReturnModal
        open={returning !== null}
        unitName={returning?.raterName ?? ''}
        title={t('external.sheets.returnTitle', { rater: returning?.raterName ?? '' })}
        pending={giveBack.isPending}
        onCancel={() => setReturning(null)}
        onReturn={(reason) =>
          returning &&
          giveBack.mutate(
            { raterUnitId: returning.raterUnitId, version: returning.version, reason },
            { onSuccess: () => setReturning(null) },
          )
        }
      />
    </>
  );
}
