import { Alert, Card, Col, Row, Skeleton, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { RaterConsistency } from '../../../api/scoring.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { fmt } from './results-view.ts';
import { useRaterConsistency } from './useResults.ts';

type Evaluator = RaterConsistency['evaluators'][number];
type Team = RaterConsistency['teams'][number];

const num = (value: number | null, digits = 3) => (value === null ? '—' : fmt(value, digits));

/**
 * 评分一致性 (officers): each evaluator's leniency against the other sources with a flag when far
 * from the others — shown for follow-up, the scores themselves are never corrected — and
 * Kendall's W of each team.
 */
export function ConsistencyCard({ campaignId }: { campaignId: string }) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const { data, error, isPending } = useRaterConsistency(campaignId, true);

  const evaluatorColumns: TableColumnsType<Evaluator> = [
    { key: 'name', title: t('results.consistency.evaluator'), dataIndex: 'name', width: 140 },
    {
      key: 'team',
      title: t('results.consistency.team'),
      width: 80,
      render: (_, e) => (e.teamNo === null ? '—' : t('campaigns.progress.teamNo', { n: e.teamNo })),
    },
    { key: 'items', title: t('results.consistency.items'), dataIndex: 'items', width: 80 },
    {
      key: 'leniency',
      title: t('results.consistency.leniency'),
      width: 100,
      sorter: (a, b) => (a.leniency ?? 0) - (b.leniency ?? 0),
      render: (_, e) => num(e.leniency),
    },
    { key: 'z', title: 'z', width: 80, render: (_, e) => num(e.z, 2) },
    {
      key: 'flag',
      title: t('results.consistency.flag'),
      width: 110,
      render: (_, e) =>
        e.flagged ? (
          <Tag color="orange">
            {t((e.leniency ?? 0) > 0 ? 'results.consistency.lenient' : 'results.consistency.strict')}
          </Tag>
        ) : null,
    },
  ];
  const teamColumns: TableColumnsType<Team> = [
    {
      key: 'team',
      title: t('results.consistency.team'),
      width: 80,
      render: (_, r) => t('campaigns.progress.teamNo', { n: r.teamNo }),
    },
    { key: 'raters', title: t('results.consistency.raters'), dataIndex: 'raters', width: 80 },
    { key: 'objects', title: t('results.consistency.objects'), dataIndex: 'objects', width: 80 },
    { key: 'w', title: "Kendall's W", width: 100, render: (_, r) => num(r.w) },
    { key: 'note', title: t('results.consistency.note'), render: (_, r) => (r.note ? label(r.note) : '') },
  ];

  return (
    <Card size="small" title={t('results.consistency.title')}>
      {isPending ? (
        <Skeleton active />
      ) : error || !data ? (
        <Alert type="warning" showIcon title={errorText(error)} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('results.consistency.hint')}</Typography.Paragraph>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <Table
                rowKey="userId"
                size="small"
                columns={evaluatorColumns}
                dataSource={data.evaluators}
                scroll={{ x: 'max-content' }}
                pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
              />
            </Col>
            <Col xs={24} xl={10}>
              <Table
                rowKey="teamNo"
                size="small"
                columns={teamColumns}
                dataSource={data.teams}
                scroll={{ x: 'max-content' }}
                pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
              />
            </Col>
          </Row>
        </>
      )}
    </Card>
  );
}
