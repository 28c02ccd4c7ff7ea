import { FileExcelOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Flex, Row, Select, Skeleton, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { queryKeys } from '../../../api/keys.ts';
import { downloadUnitPeers, getUnitPeers, type PeerComparison } from '../../../api/registry.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import { PeerChart } from './PeerChart.tsx';
import { PeerTable } from './PeerTable.tsx';
import { useMeasureName } from './useMeasureName.ts';

type Member = PeerComparison['members'][number];

/**
 * 同类对比: the unit's year next to same-type institutions elsewhere (peer benchmarks) and the
 * local units of its category and kind — per-capita workload and headcount as bars, and the
 * full table with the peer median and the unit's rank. The unit's own liaison sees it too.
 */
export function PeersTab({ unitId }: { unitId: string }) {
  const t = useT();
  const errorText = useErrorText();
  const measureName = useMeasureName();
  const [year, setYear] = useState<number | undefined>(undefined);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const { data, error, isPending } = useQuery({
    queryKey: queryKeys.unitPeers(unitId, year),
    queryFn: ({ signal }) => getUnitPeers(unitId, year, signal),
    placeholderData: keepPreviousData,
  });
  const measure = data?.measures.find((m) => m.name === chosen)?.name ?? data?.measures[0]?.name;
  const perCapitaOf = useCallback((m: Member) => (measure ? m.perCapita[measure] : null), [measure]);
  const headcountOf = useCallback((m: Member) => m.headcount, []);

  if (isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (error) return <Alert type="error" showIcon title={errorText(error)} />;
  if (data.year === null) {
    return (
      <Card title={t('peers.tab')}>
        <Empty description={t('peers.empty')} />
      </Card>
    );
  }
  const benchmarks = data.members.filter((m) => m.source === 'benchmark').length;
  const locals = data.members.filter((m) => m.source === 'local').length;
  const stat = data.stats.measures.find((s) => s.measure === measure)?.perCapita;
  const toolbar = (
    <Flex gap={8} align="center">
      <Select<number>
        aria-label={t('peers.year')}
        value={data.year}
        onChange={setYear}
        options={data.years.map((y) => ({ value: y, label: String(y) }))}
        style={{ width: 100 }}
      />
      <DownloadButton
        icon={<FileExcelOutlined />}
        download={() => downloadUnitPeers(unitId, data.year ?? undefined)}
      >
        {t('peers.export')}
      </DownloadButton>
    </Flex>
  );

  return (
    <>
      <Card title={t('peers.tab')} extra={toolbar}>
        <Typography.Paragraph type="secondary">
          {t('peers.scope', { benchmarks, locals })}
          {'；'}
          {data.staffingMonth
            ? t('peers.staffingAsOf', { month: data.staffingMonth })
            : t('peers.staffingCurrent')}
        </Typography.Paragraph>
        {benchmarks + locals === 0 && (
          <Alert type="info" showIcon title={t('peers.noPeers')} style={{ marginBottom: 16 }} />
        )}
        {measure && (
          <Flex gap={8} align="center" style={{ marginBottom: 8 }}>
            <Typography.Text>{t('peers.chart.measure')}</Typography.Text>
            <Select<string>
              aria-label={t('peers.chart.measure')}
              value={measure}
              onChange={setChosen}
              options={data.measures.map((m) => ({ value: m.name, label: measureName(m.name) }))}
              style={{ minWidth: 180 }}
            />
            <Typography.Text type="secondary">
              {stat?.rank
                ? t('peers.chart.medianNote', { median: stat.median ?? '—', rank: stat.rank, of: stat.of })
                : t('peers.chart.noRank')}
            </Typography.Text>
          </Flex>
        )}
        <Row gutter={[24, 16]}>
          <Col xs={24} xl={12}>
            {measure && (
              <>
                <Typography.Title level={5}>
                  {t('peers.chart.perCapita', { measure: measureName(measure) })}
                </Typography.Title>
                <PeerChart
                  members={data.members}
                  figureOf={perCapitaOf}
                  title={t('peers.chart.perCapita', { measure: measureName(measure) })}
                  ariaLabel={t('peers.chart.perCapita', { measure: measureName(measure) })}
                />
              </>
            )}
          </Col>
          <Col xs={24} xl={12}>
            <Typography.Title level={5}>{t('peers.chart.headcount')}</Typography.Title>
            <PeerChart
              members={data.members}
              figureOf={headcountOf}
              title={t('peers.chart.headcount')}
              ariaLabel={t('peers.chart.headcount')}
            />
          </Col>
        </Row>
      </Card>
      <Card style={{ marginTop: 16 }}>
        <PeerTable data={data} measureName={measureName} />
      </Card>
    </>
  );
}
