import { historyEventTypes, type UnitDetail } from '@bianping/core/registry';
import { staffingTypes } from '@bianping/core/registry/vocabulary';
import { Card, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';

type Event = UnitDetail['history'][number];

const colors: Partial<Record<Event['type'], string>> = {
  established: 'green',
  abolished: 'red',
  merged: 'red',
  quotaIncreased: 'blue',
  quotaDecreased: 'orange',
};

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** 沿革: every dated change of the unit, oldest first, with its document and quota deltas. */
export function HistoryTab({ detail }: { detail: UnitDetail }) {
  const t = useT();
  const label = useLabel();
  const events = [...detail.history].sort((a, b) => a.eventDate.localeCompare(b.eventDate));
  const typeName = (code: string) =>
    code in staffingTypes.labels
      ? label(staffingTypes.labels[code as keyof typeof staffingTypes.labels])
      : code;

  return (
    <Card title={t('registry.tab.history')}>
      {events.length === 0 ? (
        <Empty description={t('registry.historyEmpty')} />
      ) : (
        <Timeline
          mode="start"
          titleSpan="120px"
          items={events.map((event) => ({
            key: event.id,
            color: colors[event.type] ?? 'gray',
            title: <Typography.Text strong>{event.eventDate}</Typography.Text>,
            content: (
              <div>
                <Space size={8} wrap>
                  <Tag color={colors[event.type] ?? 'default'}>
                    {label(historyEventTypes.labels[event.type])}
                  </Tag>
                  <Typography.Text>{event.description}</Typography.Text>
                </Space>
                {event.docNo && (
                  <div>
                    <Typography.Text type="secondary">
                      {t('registry.docNoLabel', { docNo: event.docNo })}
                    </Typography.Text>
                  </div>
                )}
                {event.quotaDelta && Object.keys(event.quotaDelta).length > 0 && (
                  <Space size={4} wrap style={{ marginTop: 4 }}>
                    {Object.entries(event.quotaDelta).map(([type, delta]) => (
                      <Tag key={type} color={delta < 0 ? 'volcano' : 'geekblue'}>
                        {typeName(type)} {signed(delta)}
                      </Tag>
                    ))}
                  </Space>
                )}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
