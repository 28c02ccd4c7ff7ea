import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { queryKeys } from '../../api/keys.ts';
import { fetchRegistryOverview } from '../../api/registry.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { OverviewChart } from './OverviewChart.tsx';
import { OverviewStats } from './OverviewStats.tsx';
import { OverviewTable } from './OverviewTable.tsx';
import { inVocabularyOrder, totalsOf } from './overview-totals.ts';

export function RegistryOverviewPanel() {
  const t = useT();
  const errorText = useErrorText();
  const { data, isPending, error, refetch } = useQuery({
    queryKey: queryKeys.registryOverview,
    queryFn: ({ signal }) => fetchRegistryOverview(signal),
  });

  if (isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }
  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        title={t('error.loadFailed')}
        description={errorText(error)}
        action={<Button onClick={() => void refetch()}>{t('common.retry')}</Button>}
      />
    );
  }

  const rows = inVocabularyOrder(data.byKind);
  const totals = totalsOf(rows);
  return (
    <>
      <Flex align="baseline" gap={12} wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('home.overviewTitle')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('home.overviewHint')}</Typography.Text>
      </Flex>
      <OverviewStats totals={totals} />
      <Card title={t('home.chartTitle')} style={{ marginTop: 16 }}>
        {rows.length === 0 ? (
          <Empty description={t('home.noData')}>{t('home.noDataHint')}</Empty>
        ) : (
          <OverviewChart rows={rows} />
        )}
      </Card>
      {rows.length > 0 && (
        <Card title={t('home.tableTitle')} style={{ marginTop: 16 }}>
          <OverviewTable rows={rows} totals={totals} />
        </Card>
      )}
    </>
  );
}
