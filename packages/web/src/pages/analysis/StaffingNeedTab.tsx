import type { EfficiencyOptions, StaffingNeed } from '@bianping/core/analytics/efficiency-api';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Empty, Flex, Form, Radio, Select, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { fetchStaffingNeed } from '../../api/analysis.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { Chart, type ChartOption } from '../../components/Chart.tsx';
import { UnitSelect } from '../../components/UnitSelect.tsx';

type Values = { unitId: string; year?: number; measures: string[]; level: '0.9' | '0.95' };

const one = (v: number | null) => (v === null ? '—' : v.toFixed(1));

/** 编制测算: a unit's quota estimated from its peers' quota and workload, with the interval. */
export function StaffingNeedTab({ options }: { options: EfficiencyOptions }) {
  const t = useT();
  const errorText = useErrorText();
  const run = useMutation({
    mutationFn: (v: Values) =>
      fetchStaffingNeed(v.unitId, { year: v.year, measures: v.measures, level: v.level }),
  });
  const measures = useMemo(
    () => [...new Set(Object.values(options.measures).flatMap((list) => list.map((m) => m.name)))],
    [options],
  );
  const data = run.data;

  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Form<Values>
          name="need"
          layout="inline"
          onFinish={(v) => run.mutate(v)}
          initialValues={{ level: '0.95' }}
          style={{ rowGap: 12 }}
        >
          <Form.Item
            name="unitId"
            label={t('analysis.need.unit')}
            rules={[{ required: true, message: t('analysis.need.unitRequired') }]}
          >
            <UnitSelect />
          </Form.Item>
          <Form.Item name="year" label={t('analysis.year')}>
            <Select
              allowClear
              style={{ width: 200 }}
              placeholder={t('analysis.need.yearLatest')}
              options={options.years.map((y) => ({ value: y, label: String(y) }))}
            />
          </Form.Item>
          <Form.Item
            name="measures"
            label={t('analysis.need.measures')}
            rules={[{ required: true, message: t('analysis.outputsRequired') }]}
          >
            <Select
              mode="multiple"
              style={{ minWidth: 200 }}
              options={measures.map((m) => ({ value: m, label: m }))}
            />
          </Form.Item>
          <Form.Item name="level" label={t('analysis.need.level')}>
            <Radio.Group
              options={[
                { value: '0.9', label: '90%' },
                { value: '0.95', label: '95%' },
              ]}
            />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={run.isPending}>
              {t('analysis.need.run')}
            </Button>
          </Form.Item>
        </Form>
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          {t('analysis.need.note')}
        </Typography.Paragraph>
      </Card>
      {run.isError && <Alert type="warning" showIcon message={errorText(run.error)} />}
      {!data && !run.isError && <Empty description={t('analysis.empty')} />}
      {data && <NeedResult data={data} />}
    </Flex>
  );
}

function NeedResult({ data }: { data: StaffingNeed }) {
  const t = useT();
  return (
    <>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} title={`${data.unitName} · ${data.year}`}>
        <Descriptions.Item label={t('analysis.need.estimate')}>
          <Typography.Text strong>{one(data.estimate)}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('analysis.need.interval', { level: Math.round(data.level * 100) })}>
          {one(data.lower)} ~ {one(data.upper)}
        </Descriptions.Item>
        <Descriptions.Item label={t('analysis.need.quota')}>{data.quota ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('analysis.need.difference')}>{one(data.difference)}</Descriptions.Item>
        <Descriptions.Item label={t('analysis.need.peerCount')}>
          {t('analysis.need.peerCountValue', { count: data.peerCount, min: data.minPeers })}
        </Descriptions.Item>
        <Descriptions.Item label={t('analysis.need.r2')}>
          {data.regression.rSquared.toFixed(3)}
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        rowKey="measure"
        pagination={false}
        title={() => t('analysis.need.perCapita')}
        dataSource={data.perCapita}
        columns={[
          { title: t('analysis.need.measures'), dataIndex: 'measure' },
          { title: t('analysis.need.self'), dataIndex: 'self', align: 'right', render: one },
          { title: t('analysis.need.median'), dataIndex: 'peerMedian', align: 'right', render: one },
        ]}
      />
      <NeedChart data={data} />
    </>
  );
}

/**
 * The regression in a picture. One measure: the peers' quota against it, the fitted line and the
 * unit at its estimate. Several: each peer's approved quota against its fitted quota, the line
 * where they agree, and the unit at (estimate, approved quota) — far from the line is unusual.
 */
function NeedChart({ data }: { data: StaffingNeed }) {
  const t = useT();
  const single = data.measures.length === 1;
  const measure = data.measures[0] ?? '';
  const title = single
    ? t('analysis.need.chart', { measure })
    : t('analysis.need.chartFitted', { count: data.measures.length });
  const option = useMemo<ChartOption>(() => {
    const [b0 = 0, ...slopes] = data.regression.coefficients;
    const fitted = (values: number[]) => slopes.reduce((sum, b, i) => sum + b * (values[i] ?? 0), b0);
    const xOf = (values: number[]) => (single ? (values[0] ?? 0) : fitted(values));
    const xs = [...data.peers.map((p) => xOf(p.values)), xOf(data.unitValues)];
    const lo = Math.min(...xs);
    const hi = Math.max(...xs);
    const line = single
      ? [
          [lo, fitted([lo])],
          [hi, fitted([hi])],
        ]
      : [
          [lo, lo],
          [hi, hi],
        ];
    return {
      tooltip: { trigger: 'item' },
      legend: { top: 0 },
      grid: { left: 56, right: 24, top: 40, bottom: 48 },
      xAxis: {
        type: 'value',
        name: single ? measure : t('analysis.need.fitted'),
        nameLocation: 'middle',
        nameGap: 28,
        scale: true,
      },
      yAxis: { type: 'value', name: t('analysis.input.quota'), scale: true },
      series: [
        {
          name: t('analysis.need.peersSeries'),
          type: 'scatter',
          data: data.peers.map((p) => ({ name: p.name, value: [xOf(p.values), p.quota] })),
        },
        {
          name: data.unitName,
          type: 'scatter',
          symbolSize: 14,
          itemStyle: { color: '#cf1322' },
          data: [
            {
              name: data.unitName,
              value: single
                ? [data.unitValues[0], data.estimate]
                : [data.estimate, data.quota ?? data.estimate],
            },
          ],
        },
        {
          name: single ? t('analysis.need.line') : t('analysis.need.diagonal'),
          type: 'line',
          showSymbol: false,
          data: line,
        },
      ],
    };
  }, [data, measure, single, t]);
  return (
    <Card size="small" title={title}>
      <Chart option={option} height={320} ariaLabel={title} />
    </Card>
  );
}
