import { DeleteOutlined } from '@ant-design/icons';
import { weekdayLabelOf } from '@bianping/core/warnings/calendar';
import { type CalendarDay, calendarDayKinds } from '@bianping/core/warnings/calendar-api';
import { Button, Table, Tag } from 'antd';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';

type Props = {
  year: number;
  days: readonly CalendarDay[];
  onRemove: (index: number) => void;
};

/** The year's days off and make-up working days, by date. */
export function CalendarTable({ year, days, onRemove }: Props) {
  const t = useT();
  const label = useLabel();
  return (
    <Table<CalendarDay & { index: number }>
      size="small"
      rowKey="index"
      dataSource={days.map((d, index) => ({ ...d, index }))}
      pagination={false}
      scroll={{ y: 480 }}
      locale={{ emptyText: t('warnings.calendar.empty', { year }) }}
      columns={[
        { title: t('warnings.calendar.col.day'), dataIndex: 'day', width: 130 },
        {
          title: t('warnings.calendar.col.weekday'),
          key: 'weekday',
          width: 110,
          render: (_, d) => {
            const weekday = weekdayLabelOf(d.day);
            return weekday ? label(weekday) : '';
          },
        },
        {
          title: t('warnings.calendar.col.kind'),
          dataIndex: 'kind',
          width: 140,
          render: (kind: CalendarDay['kind']) => (
            <Tag color={kind === 'holiday' ? 'green' : 'orange'}>{label(calendarDayKinds.labels[kind])}</Tag>
          ),
        },
        { title: t('warnings.calendar.col.name'), dataIndex: 'name' },
        {
          title: t('common.actions'),
          key: 'actions',
          width: 90,
          render: (_, d) => (
            <Button
              type="link"
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={`${t('warnings.calendar.remove')} ${d.day}`}
              onClick={() => onRemove(d.index)}
            />
          ),
        },
      ]}
    />
  );
}
