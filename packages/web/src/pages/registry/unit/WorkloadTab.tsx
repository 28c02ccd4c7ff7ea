import { workloadMeasures } from '@bianping/core/imports/staff-vocabulary';
import type { UnitDetail } from '@bianping/core/registry';
import { Card, Empty, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { WorkloadChart } from './WorkloadChart.tsx';
import { WorkloadTable } from './WorkloadTable.tsx';
import { BUDGET, workloadSeries } from './workload-series.ts';

/**
 * 工作量: each measure over the years with its per-head value, and the budget (万元). Per head
 * divides by the unit's current 实有人数: the unit page has no headcount per past year.
 */
export function WorkloadTab({ detail }: { detail: UnitDetail }) {
  const t = useT();
  const label = useLabel();
  const series = useMemo(() => workloadSeries(detail.workload), [detail.workload]);
  const headcount = detail.unit.headcountTotal;
  const measureName = useCallback(
    (measure: string) => (measure === BUDGET ? label(workloadMeasures.labels.budget) : measure),
    [label],
  );
  const budgetOnly = useMemo(() => [BUDGET], []);

  if (series.years.length === 0) {
    return (
      <Card title={t('registry.tab.workload')}>
        <Empty description={t('registry.workload.empty')} />
      </Card>
    );
  }
  const note = (
    <Typography.Text type="secondary">{t('registry.workload.perHeadNote', { headcount })}</Typography.Text>
  );
  return (
    <>
      {series.measures.length > 0 && (
        <Card title={t('registry.workload.title')} extra={note}>
          <WorkloadChart
            series={series}
            measures={series.measures}
            measureName={measureName}
            headcount={headcount}
            ariaLabel={t('registry.workload.title')}
          />
        </Card>
      )}
      {series.hasBudget && (
        <Card title={t('registry.workload.budget')} style={{ marginTop: 16 }} extra={note}>
          <WorkloadChart
            series={series}
            measures={budgetOnly}
            measureName={measureName}
            headcount={headcount}
            ariaLabel={t('registry.workload.budget')}
          />
        </Card>
      )}
      <Card title={t('registry.workload.table')} style={{ marginTop: 16 }}>
        <WorkloadTable series={series} measureName={measureName} headcount={headcount} />
      </Card>
    </>
  );
}
