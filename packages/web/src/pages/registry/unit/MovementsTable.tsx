import { staffingTypes } from '@bianping/core/registry/vocabulary';
import {
  type MovementKind,
  movementKinds,
  movementStatuses,
  PERSON_NOT_YET_NAMED,
  type StaffMovement,
} from '@bianping/core/staff';
import { exitReasons } from '@bianping/core/warnings';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Segmented, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { queryKeys } from '../../../api/keys.ts';
import { listMovements } from '../../../api/staff.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { usePaging } from '../../../components/usePaging.ts';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';

const statusColor = { done: 'success', pending: 'processing', overdue: 'error' } as const;

type Props = {
  unitId: string;
  /** Officers process a waiting 出编 or 入编 from its row. */
  onProcessExit?: ((leaving: StaffMovement) => void) | undefined;
  onEnter?: ((approval: StaffMovement) => void) | undefined;
};

/**
 * 人员变动: 用编核准, 入编 and leavings, newest first, each with its deadline (the region's
 * working-day limit) and whether it is done, pending or overdue.
 */
export function MovementsTable({ unitId, onProcessExit, onEnter }: Props) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const [kind, setKind] = useState<MovementKind | undefined>();
  const [openOnly, setOpenOnly] = useState(false);
  const { paging, pagination, firstPage } = usePaging();
  const query = { kind, state: openOnly ? ('open' as const) : undefined, ...paging };
  const { data, isFetching, error } = useQuery({
    queryKey: queryKeys.movements(unitId, query),
    queryFn: ({ signal }) => listMovements(unitId, query, signal),
    placeholderData: keepPreviousData,
  });
  const canAct = onProcessExit || onEnter;

  const action = (m: StaffMovement) => {
    if (m.processedOn !== null) return null;
    if (m.kind === 'exitEvent' && onProcessExit)
      return (
        <Button type="link" size="small" onClick={() => onProcessExit(m)}>
          {t('staff.processExit')}
        </Button>
      );
    if (m.kind === 'hireApproval' && onEnter)
      return (
        <Button type="link" size="small" onClick={() => onEnter(m)}>
          {t('staff.entry')}
        </Button>
      );
    return null;
  };

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder={t('staff.kindFilter')}
          style={{ width: 160 }}
          value={kind}
          onChange={(v: MovementKind | undefined) => {
            setKind(v);
            firstPage();
          }}
          options={vocabularyOptions(movementKinds, label)}
        />
        <Segmented
          value={openOnly ? 'open' : 'all'}
          onChange={(v) => {
            setOpenOnly(v === 'open');
            firstPage();
          }}
          options={[
            { value: 'all', label: t('common.all') },
            { value: 'open', label: t('staff.movements.openOnly') },
          ]}
        />
      </Space>
      {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} />}
      <Table<StaffMovement>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data?.items}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t('staff.movements.empty') }}
        pagination={pagination(data)}
        columns={[
          {
            title: t('staff.col.kind'),
            dataIndex: 'kind',
            width: 110,
            render: (k: MovementKind) => label(movementKinds.labels[k]),
          },
          {
            title: t('staff.col.person'),
            dataIndex: 'personName',
            width: 120,
            render: (name: string) => (name === PERSON_NOT_YET_NAMED ? t('staff.notYetNamed') : name),
          },
          {
            title: t('staff.col.staffingType'),
            dataIndex: 'staffingType',
            width: 120,
            render: (type: StaffMovement['staffingType']) => label(staffingTypes.labels[type]),
          },
          { title: t('staff.col.eventDate'), dataIndex: 'eventDate', width: 110 },
          {
            title: t('staff.col.detail'),
            key: 'detail',
            render: (_, m) => <MovementDetail movement={m} />,
          },
          {
            title: t('staff.col.processedOn'),
            dataIndex: 'processedOn',
            width: 110,
            render: (v) => v ?? '—',
          },
          { title: t('staff.col.deadline'), dataIndex: 'deadline', width: 110, render: (v) => v ?? '—' },
          {
            title: t('staff.col.status'),
            dataIndex: 'status',
            width: 120,
            render: (status: StaffMovement['status'], m) => (
              <>
                <Tag color={statusColor[status]}>{label(movementStatuses.labels[status])}</Tag>
                {m.processedLate && <Tag color="warning">{t('staff.processedLate')}</Tag>}
              </>
            ),
          },
          ...(canAct
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 100,
                  fixed: 'right' as const,
                  render: (_: unknown, m: StaffMovement) => action(m),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}

/** Documents, reason and note of a movement, in one cell. */
function MovementDetail({ movement: m }: { movement: StaffMovement }) {
  const t = useT();
  const label = useLabel();
  const parts = [
    m.reason ? label(exitReasons.labels[m.reason]) : null,
    m.approvalNo ? t('staff.detail.approvalNo', { no: m.approvalNo }) : null,
    m.docNo ? t('registry.docNoLabel', { docNo: m.docNo }) : null,
  ].filter((p): p is string => p !== null);
  return (
    <Space size={4} wrap>
      {parts.join(t('registry.listSeparator'))}
      {m.kind === 'entry' && m.hadApproval === false && (
        <Tooltip title={t('staff.noApprovalHint')}>
          <Tag color="red">{t('staff.noApproval')}</Tag>
        </Tooltip>
      )}
      {m.note && <Typography.Text type="secondary">{m.note}</Typography.Text>}
    </Space>
  );
}
