import { externalRatingLevels } from '@bianping/core/campaigns/vocabulary';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Row,
  Select,
  Table,
  type TableColumnsType,
  Tag,
} from 'antd';
import { useMemo, useState } from 'react';
import {
  type FuzzyCampaignInput,
  type FuzzyCampaignResult,
  runFuzzy,
  type ScoreRankingRow,
} from '../../../api/scoring.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { Chart, type ChartOption } from '../../../components/Chart.tsx';
import { fmt } from './results-view.ts';

type Target = FuzzyCampaignResult['targets'][number];
type Item = NonNullable<Target['items']>[number];

const operators: FuzzyCampaignInput['operator'][] = ['weighted-average', 'min-max', 'product-max', 'min-sum'];

/** The target's membership matrix (items × levels), the weights, and the grade vector as bars. */
function FuzzyTarget({ result, target }: { result: FuzzyCampaignResult; target: Target }) {
  const t = useT();
  const label = useLabel();
  const levelNames = result.levels.map((l) => label(externalRatingLevels.labels[l]));
  const columns: TableColumnsType<Item> = [
    { key: 'item', title: t('results.fuzzy.item'), render: (_, i) => label(i.label) },
    { key: 'weight', title: t('results.fuzzy.weight'), width: 80, render: (_, i) => fmt(i.weight, 3) },
    ...result.levels.map((level, k) => ({
      key: level,
      title: levelNames[k],
      width: 70,
      render: (_: unknown, i: Item) => fmt(i.membership[k] ?? 0, 3),
    })),
    { key: 'raters', title: t('results.fuzzy.raters'), dataIndex: 'raters', width: 80 },
  ];
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 16, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: levelNames },
      yAxis: { type: 'value', max: 1 },
      series: [
        {
          type: 'bar',
          name: t('results.fuzzy.vector'),
          barMaxWidth: 48,
          label: { show: true, position: 'top', formatter: (p: { value: number }) => fmt(p.value, 3) },
          data: target.normalized,
        },
      ],
    }),
    [levelNames, target.normalized, t],
  );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Table
          rowKey="key"
          size="small"
          columns={columns}
          dataSource={target.items ?? []}
          pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
        />
      </Col>
      <Col xs={24} xl={10}>
        <Descriptions
          size="small"
          column={2}
          items={[
            {
              key: 'grade',
              label: t('results.fuzzy.grade'),
              children: <Tag color="blue">{label(externalRatingLevels.labels[target.grade])}</Tag>,
            },
            { key: 'score', label: t('results.fuzzy.score'), children: fmt(target.score) },
          ]}
        />
        <Chart option={option} height={220} ariaLabel={t('results.fuzzy.vector')} />
      </Col>
    </Row>
  );
}

/** 模糊综合评价 of one target's external ratings (read-only). */
export function FuzzyCard({ campaignId, rows }: { campaignId: string; rows: ScoreRankingRow[] }) {
  const t = useT();
  const errorText = useErrorText();
  const [input, setInput] = useState<FuzzyCampaignInput>({
    unitId: rows[0]?.unitId,
    operator: 'weighted-average',
  });
  const fuzzy = useMutation({ mutationFn: (body: FuzzyCampaignInput) => runFuzzy(campaignId, body) });
  const target = fuzzy.data?.targets[0];
  return (
    <Card size="small" title={t('results.fuzzy.title')}>
      <Flex vertical gap={12}>
        <Flex gap={12} wrap>
          <Select
            showSearch
            optionFilterProp="label"
            style={{ width: 240 }}
            aria-label={t('results.fuzzy.target')}
            value={input.unitId}
            onChange={(unitId) => setInput((i) => ({ ...i, unitId }))}
            options={rows.map((r) => ({ value: r.unitId, label: r.unitName }))}
          />
          <Select
            style={{ width: 200 }}
            aria-label={t('results.fuzzy.operator')}
            value={input.operator}
            onChange={(operator) => setInput((i) => ({ ...i, operator }))}
            options={operators.map((o) => ({ value: o, label: t(`results.fuzzy.op.${o}`) }))}
          />
          <Button
            type="primary"
            loading={fuzzy.isPending}
            disabled={!input.unitId}
            onClick={() => fuzzy.mutate(input)}
          >
            {t('results.fuzzy.run')}
          </Button>
        </Flex>
        {fuzzy.error && <Alert type="warning" showIcon title={errorText(fuzzy.error)} />}
        {fuzzy.data && target && <FuzzyTarget result={fuzzy.data} target={target} />}
      </Flex>
    </Card>
  );
}
