import { unitCategories } from '@bianping/core/registry/vocabulary';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Flex,
  Radio,
  Select,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { type LensInput, type LensResult, runLens } from '../../../api/scoring.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';
import { fmt } from './results-view.ts';

type LensRow = LensResult['rows'][number];

function Difference({ value }: { value: number }) {
  if (value === 0) return <Typography.Text type="secondary">0</Typography.Text>;
  return (
    <Typography.Text type={value > 0 ? 'success' : 'danger'}>
      {value > 0 ? `+${value}` : value}
    </Typography.Text>
  );
}

/**
 * 评价方法对比: ranks the targets by entropy weights or TOPSIS over their first-level scores and
 * sets that rank beside the official one, with Spearman's ρ and Kendall's τ between them. A
 * read-only view: it changes no score.
 */
export function LensCard({ campaignId }: { campaignId: string }) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const [input, setInput] = useState<LensInput>({ method: 'entropy', weighting: 'points' });
  const lens = useMutation({ mutationFn: (body: LensInput) => runLens(campaignId, body) });
  const result = lens.data;

  const columns: TableColumnsType<LensRow> = [
    { key: 'unit', title: t('results.unit'), dataIndex: 'unitName', width: 220 },
    { key: 'total', title: t('results.total'), width: 90, render: (_, r) => fmt(r.total) },
    {
      key: 'official',
      title: t('results.lens.officialRank'),
      dataIndex: 'officialRank',
      width: 100,
      sorter: (a, b) => a.officialRank - b.officialRank,
    },
    { key: 'score', title: t('results.lens.score'), width: 110, render: (_, r) => fmt(r.lensScore, 4) },
    {
      key: 'lens',
      title: t('results.lens.lensRank'),
      dataIndex: 'lensRank',
      width: 100,
      sorter: (a, b) => a.lensRank - b.lensRank,
    },
    {
      key: 'difference',
      title: t('results.lens.difference'),
      width: 90,
      sorter: (a, b) => Math.abs(a.difference) - Math.abs(b.difference),
      render: (_, r) => <Difference value={r.difference} />,
    },
  ];
  const stat = (value: number | null) => (value === null ? '—' : fmt(value, 3));

  return (
    <Card size="small" title={t('results.lens.title')}>
      <Flex vertical gap={12}>
        <Flex gap={12} wrap align="center">
          <Radio.Group
            optionType="button"
            value={input.method}
            onChange={(e) => setInput((i) => ({ ...i, method: e.target.value }))}
            options={[
              { value: 'entropy', label: t('results.lens.entropy') },
              { value: 'topsis', label: t('results.lens.topsis') },
            ]}
          />
          {input.method === 'topsis' && (
            <Select
              style={{ width: 180 }}
              aria-label={t('results.lens.weighting')}
              value={input.weighting}
              onChange={(weighting) => setInput((i) => ({ ...i, weighting }))}
              options={[
                { value: 'points', label: t('results.lens.weightPoints') },
                { value: 'equal', label: t('results.lens.weightEqual') },
                { value: 'entropy', label: t('results.lens.weightEntropy') },
              ]}
            />
          )}
          <Select
            allowClear
            style={{ width: 180 }}
            placeholder={t('results.lens.allCategories')}
            aria-label={t('results.filterCategory')}
            value={input.category}
            onChange={(category) => setInput((i) => ({ ...i, category }))}
            options={vocabularyOptions(unitCategories, label)}
          />
          <Button type="primary" loading={lens.isPending} onClick={() => lens.mutate(input)}>
            {t('results.lens.run')}
          </Button>
        </Flex>
        {lens.error && <Alert type="warning" showIcon title={errorText(lens.error)} />}
        {result && (
          <>
            <Flex gap={32} wrap data-testid="lens-statistics">
              <Statistic title={t('results.lens.rho')} value={stat(result.spearmanRho)} />
              <Statistic title={t('results.lens.tau')} value={stat(result.kendallTau)} />
              <Statistic title={t('results.lens.n')} value={result.n} />
            </Flex>
            <Flex gap={4} wrap>
              <Typography.Text type="secondary">{t('results.lens.weights')}</Typography.Text>
              {result.criteria.map((c) => (
                <Tag key={c.key}>
                  {c.name} {fmt(c.weight, 3)}
                </Tag>
              ))}
            </Flex>
            <Table
              rowKey="unitId"
              size="small"
              columns={columns}
              dataSource={result.rows}
              scroll={{ x: 'max-content' }}
              pagination={{ defaultPageSize: 10, showSizeChanger: true, hideOnSinglePage: true }}
            />
          </>
        )}
      </Flex>
    </Card>
  );
}
