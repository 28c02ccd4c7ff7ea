import { EditOutlined } from '@ant-design/icons';
import type { UnitDetail } from '@bianping/core/registry';
import { Button, Card, Empty, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useCategoryMeasures } from '../measures/useWorkloadMeasures.ts';
import { useMeasureName } from './useMeasureName.ts';
import { WorkloadChart } from './WorkloadChart.tsx';
import { WorkloadEntryModal } from './WorkloadEntryModal.tsx';
import { WorkloadTable } from './WorkloadTable.tsx';
import { BUDGET, workloadSeries } from './workload-series.ts';

type Props = { detail: UnitDetail; canEdit: boolean };

/**
 * 工作量: each measure over the years with its per-head value, and the budget (万元). Per head
 * divides by the year's month-end 实有人数 recorded by the monthly scan, or today's figure for
 * a year without one. Officers enter a year's figures here.
 */
export function WorkloadTab({ detail, canEdit }: Props) {
  const t = useT();
  const [entering, setEntering] = useState(false);
  const { measures } = useCategoryMeasures(detail.unit.category);
  const order = useMemo(() => measures.map((m) => m.name), [measures]);
  const series = useMemo(() => workloadSeries(detail, order), [detail, order]);
  const headcount = detail.unit.headcountTotal;
  const measureName = useMeasureName();
  const budgetOnly = useMemo(() => [BUDGET], []);

  const enter = canEdit && (
    <Button icon={<EditOutlined />} onClick={() => setEntering(true)}>
      {t('workload.enter')}
    </Button>
  );
  // Mounted per opening, so each starts from the latest year and the stored figures.
  const modal = canEdit && entering && (
    <WorkloadEntryModal detail={detail} open={entering} onClose={() => setEntering(false)} />
  );

  if (series.years.length === 0) {
    return (
      <Card title={t('registry.tab.workload')} extra={enter}>
        <Empty description={t('registry.workload.empty')} />
        {modal}
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
            ariaLabel={t('registry.workload.budget')}
          />
        </Card>
      )}
      <Card title={t('registry.workload.table')} style={{ marginTop: 16 }} extra={enter}>
        <WorkloadTable series={series} measureName={measureName} />
      </Card>
      {modal}
    </>
  );
}
