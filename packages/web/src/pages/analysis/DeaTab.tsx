import type {
  DeaRequest,
  DeaResponse,
  DeaRow,
  EfficiencyOptions,
} from '@bianping/core/analytics/efficiency-api';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Collapse,
  Descriptions,
  Empty,
  Flex,
  Form,
  Radio,
  Select,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { exportDea, runDea } from '../../api/analysis.ts';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { FrontierChart, figureOf } from './FrontierChart.tsx';
import { inputLabelKey, PeerGroupFields, type PeerGroupValues } from './PeerGroupFields.tsx';

type Values = PeerGroupValues & {
  year: number;
  model: 'ccr' | 'bcc';
  orientation: 'input' | 'output';
  superEfficiency: boolean;
};

const fmt = (v: number | null | undefined, digits = 4) =>
  v === null || v === undefined ? '—' : v.toFixed(digits);

/** 效率评价: the form, the efficiency table (expand a row for its peers and targets), the chart. */
export function DeaTab({ options }: { options: EfficiencyOptions }) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const [request, setRequest] = useState<DeaRequest | null>(null);
  const run = useMutation({ mutationFn: runDea });
  const download = useMutation({ mutationFn: exportDea });

  const submit = (v: Values) => {
    const body: DeaRequest = {
      ...v,
      regionIds: v.regionIds?.length ? v.regionIds : undefined,
      category: v.category as DeaRequest['category'],
    };
    setRequest(body);
    run.mutate(body);
  };
  const data = run.data;

  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Form<Values>
          name="dea"
          layout="inline"
          onFinish={submit}
          initialValues={{
            year: options.years[0],
            inputs: ['quota'],
            includeBenchmarks: true,
            model: 'ccr',
            orientation: 'input',
            superEfficiency: false,
          }}
          style={{ rowGap: 12 }}
        >
          <PeerGroupFields options={options} />
          <Form.Item name="year" label={t('analysis.year')}>
            <Select
              style={{ width: 100 }}
              options={options.years.map((y) => ({ value: y, label: String(y) }))}
            />
          </Form.Item>
          <Form.Item name="model" label={t('analysis.model')}>
            <Radio.Group
              options={[
                { value: 'ccr', label: t('analysis.model.ccr') },
                { value: 'bcc', label: t('analysis.model.bcc') },
              ]}
            />
          </Form.Item>
          <Form.Item name="orientation" label={t('analysis.orientation')}>
            <Radio.Group
              options={[
                { value: 'input', label: t('analysis.orientation.input') },
                { value: 'output', label: t('analysis.orientation.output') },
              ]}
            />
          </Form.Item>
          <Form.Item name="superEfficiency" label={t('analysis.superEfficiency')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={run.isPending}>
              {t('analysis.run')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {run.isError && <Alert type="error" showIcon message={errorText(run.error)} />}
      {download.isError && <Alert type="error" showIcon message={errorText(download.error)} />}
      {!data && !run.isError && <Empty description={t('analysis.empty')} />}
      {data && (
        <>
          <Flex justify="flex-end">
            <Button onClick={() => request && download.mutate(request)} loading={download.isPending}>
              {t('analysis.export')}
            </Button>
          </Flex>
          <DeaTable data={data} />
          {data.leftOut.length > 0 && (
            <Collapse
              items={[
                {
                  key: 'left',
                  label: t('analysis.leftOut', { count: data.leftOut.length }),
                  children: (
                    <Table
                      size="small"
                      rowKey="key"
                      pagination={{ pageSize: 10, hideOnSinglePage: true }}
                      dataSource={data.leftOut}
                      columns={[
                        { title: t('analysis.unit'), dataIndex: 'name' },
                        { title: t('analysis.region'), dataIndex: 'regionName' },
                        { title: t('analysis.leftOutReason'), render: (_, l) => label(l.reason) },
                      ]}
                    />
                  ),
                },
              ]}
            />
          )}
          <FrontierChart data={data} />
        </>
      )}
    </Flex>
  );
}

function DeaTable({ data }: { data: DeaResponse }) {
  const t = useT();
  const names = [...data.inputs.map((i) => t(inputLabelKey(i))), ...data.outputs];
  const hasQuota = data.inputs.includes('quota');
  return (
    <Table<DeaRow>
      size="small"
      rowKey="key"
      dataSource={data.rows}
      pagination={{
        defaultPageSize: 20,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { total }),
      }}
      scroll={{ x: 'max-content' }}
      expandable={{ expandedRowRender: (row) => <RowDetail row={row} data={data} /> }}
      columns={[
        {
          title: t('analysis.unit'),
          dataIndex: 'name',
          sorter: (a, b) => a.name.localeCompare(b.name, 'zh'),
          render: (name: string, row) => (
            <Flex gap={6} align="center">
              {name}
              {row.isEfficient && <Tag color="green">{t('analysis.efficient')}</Tag>}
            </Flex>
          ),
        },
        { title: t('analysis.region'), dataIndex: 'regionName' },
        {
          title: t('analysis.source'),
          dataIndex: 'source',
          render: (s: DeaRow['source']) =>
            t(s === 'local' ? 'analysis.source.local' : 'analysis.source.benchmark'),
        },
        ...names.map((name, j) => ({
          title: name,
          key: `v${j}`,
          align: 'right' as const,
          sorter: (a: DeaRow, b: DeaRow) => value(a, j, data) - value(b, j, data),
          render: (_: unknown, row: DeaRow) => value(row, j, data).toLocaleString(),
        })),
        {
          title: t('analysis.efficiency'),
          dataIndex: 'efficiency',
          align: 'right',
          defaultSortOrder: 'descend',
          sorter: (a, b) =>
            (a.efficiency ?? Number.POSITIVE_INFINITY) - (b.efficiency ?? Number.POSITIVE_INFINITY),
          render: (v: number | null, row) => (row.infeasible ? t('analysis.infeasible') : fmt(v)),
        },
        ...(hasQuota
          ? [
              {
                title: t('analysis.reducible'),
                dataIndex: 'reducibleQuota',
                align: 'right' as const,
                sorter: (a: DeaRow, b: DeaRow) => (a.reducibleQuota ?? 0) - (b.reducibleQuota ?? 0),
                render: (v: number | null) => (v ? <strong>{v}</strong> : (v ?? '—')),
              },
            ]
          : []),
      ]}
    />
  );
}

const value = (row: DeaRow, j: number, data: DeaResponse) => figureOf(data, row, j);

function RowDetail({ row, data }: { row: DeaRow; data: DeaResponse }) {
  const t = useT();
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('analysis.peers')}>
        {row.peers.map((p) => `${p.name}（${p.lambda.toFixed(3)}）`).join('；') || '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('analysis.targets')}>
        {data.inputs.map((input, j) => (
          <div key={input}>
            {t(inputLabelKey(input))}：{t('analysis.current')} {row.inputValues[j]} → {t('analysis.target')}{' '}
            {fmt(row.inputTargets[j], 2)}
          </div>
        ))}
      </Descriptions.Item>
      {row.reducibleQuota !== null && (
        <Descriptions.Item label={t('analysis.reducible')}>
          <Typography.Text strong>{row.reducibleQuota}</Typography.Text>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
