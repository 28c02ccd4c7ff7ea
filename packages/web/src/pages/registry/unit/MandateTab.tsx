import type { UnitDetail } from '@bianping/core/registry';
import { dutyStatuses } from '@bianping/core/warnings';
import { Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';

type Duty = UnitDetail['mandate'][number];

const statusColors: Record<Duty['status'], string> = {
  active: 'blue',
  completed: 'default',
  transferredOut: 'orange',
};

/** 职责: the 三定 duties in their order, each with its document and whether it is still carried out. */
export function MandateTab({ detail }: { detail: UnitDetail }) {
  const t = useT();
  const label = useLabel();
  const duties = [...detail.mandate].sort((a, b) => a.seq - b.seq);
  const active = duties.filter((d) => d.status === 'active').length;
  return (
    <Card
      title={t('registry.tab.mandate')}
      extra={
        <Typography.Text type="secondary">
          {t('registry.dutiesCount', { total: duties.length, active })}
        </Typography.Text>
      }
    >
      {duties.length === 0 ? (
        <Empty description={t('registry.dutiesEmpty')} />
      ) : (
        <List
          dataSource={duties}
          renderItem={(duty) => (
            <List.Item key={duty.id}>
              <Flex gap={12} align="flex-start" style={{ width: '100%' }}>
                <Typography.Text strong style={{ minWidth: 28 }}>
                  {duty.seq}.
                </Typography.Text>
                <div style={{ flex: 1 }}>
                  <Typography.Text
                    delete={duty.status !== 'active'}
                    type={duty.status !== 'active' ? 'secondary' : undefined}
                  >
                    {duty.text}
                  </Typography.Text>
                  {duty.docNo && (
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('registry.docNoLabel', { docNo: duty.docNo })}
                      </Typography.Text>
                    </div>
                  )}
                </div>
                <Tag color={statusColors[duty.status]}>{label(dutyStatuses.labels[duty.status])}</Tag>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
