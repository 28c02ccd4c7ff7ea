import type {
  EfficiencyOptions,
  MalmquistRequest,
  MalmquistResponse,
} from '@bianping/core/analytics/efficiency-api';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Flex, Form, Radio, Select, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { runMalmquist } from '../../api/analysis.ts';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { Chart, type ChartOption } from '../../components/Chart.tsx';
import { PeerGroupFields, type PeerGroupValues } from './PeerGroupFields.tsx';

type Values = PeerGroupValues & { fromYear: number; toYear: number; orientation: 'input' | 'output' };
type Row = MalmquistResponse['rows'][number]['changes'][number] & {
  key: string;
  name: string;
  regionName: string;
};

const fmt = (v: number) => v.toFixed(4);

/** 跨年分析: Malmquist index per unit and pair of consecutive years, and the means as a line chart. */
export function MalmquistTab({ options }: { options: EfficiencyOptions }) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const run = useMutation({ mutationFn: runMalmquist });
  const years = [...options.years].sort((a, b) => a - b);

  const submit = (v: Values) =>
    run.mutate({
      ...v,
      category: v.category as MalmquistRequest['category'],
      regionIds: v.regionIds?.length ? v.regionIds : undefined,
    });
  const data = run.data;
  const rows = useMemo<Row[]>(
    () =>
      (data?.rows ?? []).flatMap((r) =>
        r.changes.map((c) => ({
          ...c,
          key: `${r.key}:${c.fromYear}`,
          name: r.name,
          regionName: r.regionName,
        })),
      ),
    [data],
  );

  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Form<Values>
          name="malmquist"
          layout="inline"
          onFinish={submit}
          initialValues={{
            fromYear: years[0],
            toYear: years.at(-1),
            inputs: ['quota'],
            includeBenchmarks: true,
            orientation: 'input',
          }}
          style={{ rowGap: 12 }}
        >
          <PeerGroupFields options={options} />
          <Form.Item name="fromYear" label={t('analysis.fromYear')}>
            <Select style={{ width: 100 }} options={years.map((y) => ({ value: y, label: String(y) }))} />
          </Form.Item>
          <Form.Item name="toYear" label={t('analysis.toYear')}>
            <Select style={{ width: 100 }} options={years.map((y) => ({ value: y, label: String(y) }))} />
          </Form.Item>
          <Form.Item name="orientation" label={t('analysis.orientation')}>
            <Radio.Group
              options={[
                { value: 'input', label: t('analysis.orientation.input') },
                { value: 'output', label: t('analysis.orientation.output') },
              ]}
            />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={run.isPending}>
              {t('analysis.run')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {run.isError && <Alert type="error" showIcon message={errorText(run.error)} />}
      {!data && !run.isError && <Empty description={t('analysis.empty')} />}
      {data && (
        <>
          <Table<Row>
            size="small"
            rowKey="key"
            dataSource={rows}
            pagination={{
              defaultPageSize: 20,
              showSizeChanger: true,
              showTotal: (total) => t('common.total', { total }),
            }}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('analysis.unit'),
                dataIndex: 'name',
                sorter: (a, b) => a.name.localeCompare(b.name, 'zh'),
              },
              { title: t('analysis.region'), dataIndex: 'regionName' },
              { title: t('analysis.period'), key: 'period', render: (_, r) => `${r.fromYear}→${r.toYear}` },
              ...(
                [
                  ['malmquist', 'analysis.mi'],
                  ['efficiencyChange', 'analysis.ec'],
                  ['technicalChange', 'analysis.tc'],
                  ['pureEfficiencyChange', 'analysis.pec'],
                  ['scaleChange', 'analysis.sec'],
                ] as const
              ).map(([field, key]) => ({
                title: t(key),
                dataIndex: field,
                align: 'right' as const,
                sorter: (a: Row, b: Row) => a[field] - b[field],
                render: (v: number) => fmt(v),
              })),
            ]}
          />
          {data.leftOut.length > 0 && (
            <Typography.Paragraph type="secondary">
              {t('analysis.leftOut', { count: data.leftOut.length })}：
              {data.leftOut.map((l) => `${l.name}（${label(l.reason)}）`).join('；')}
            </Typography.Paragraph>
          )}
          <MeansChart data={data} />
        </>
      )}
    </Flex>
  );
}

function MeansChart({ data }: { data: MalmquistResponse }) {
  const t = useT();
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 24, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: data.means.map((m) => `${m.fromYear}→${m.toYear}`) },
      yAxis: { type: 'value', scale: true },
      series: (
        [
          ['malmquist', 'analysis.mi'],
          ['efficiencyChange', 'analysis.ec'],
          ['technicalChange', 'analysis.tc'],
        ] as const
      ).map(([field, key]) => ({
        name: t(key),
        type: 'line',
        data: data.means.map((m) => Number(m[field].toFixed(4))),
      })),
    }),
    [data, t],
  );
  return (
    <Card size="small" title={t('analysis.meansChart')}>
      <Chart option={option} height={300} ariaLabel={t('analysis.meansChart')} />
    </Card>
  );
}
