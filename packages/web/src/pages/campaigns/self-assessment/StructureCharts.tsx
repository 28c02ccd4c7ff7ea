import { ageBands, type StaffingStructure } from '@bianping/core/campaigns/staffing-structure';
import { educationLevels } from '@bianping/core/imports/staff-vocabulary';
import { staffingTypes } from '@bianping/core/registry/vocabulary';
import { Card, Col, Descriptions, Empty, Row } from 'antd';
import { useMemo } from 'react';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { Chart, type ChartOption } from '../../../components/Chart.tsx';

const barOption = (names: string[], values: number[], seriesName: string): ChartOption => ({
  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
  grid: { left: 16, right: 16, top: 24, bottom: 8, containLabel: true },
  xAxis: { type: 'category', data: names, axisLabel: { interval: 0, width: 80, overflow: 'break' } },
  yAxis: { type: 'value', minInterval: 1 },
  series: [
    { name: seriesName, type: 'bar', barMaxWidth: 36, data: values, label: { show: true, position: 'top' } },
  ],
});

/**
 * 编制结构分析: the roster on the phase's start day by staffing type (stacked by age band), by age
 * band and by education. Read-only: it comes from the registry, not from the unit's typing.
 */
export function StructureCharts({ structure }: { structure: StaffingStructure | null }) {
  const t = useT();
  const label = useLabel();
  const options = useMemo(() => {
    if (!structure) return null;
    const typeNames = structure.byStaffingType.map((r) => label(staffingTypes.labels[r.staffingType]));
    const byType: ChartOption = {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 16, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: typeNames, axisLabel: { interval: 0, width: 80, overflow: 'break' } },
      yAxis: { type: 'value', minInterval: 1 },
      series: ageBands.codes.map((band) => ({
        name: label(ageBands.labels[band]),
        type: 'bar',
        stack: 'age',
        barMaxWidth: 40,
        data: structure.byStaffingType.map(
          (r) =>
            structure.typeByAge.find((c) => c.staffingType === r.staffingType && c.band === band)?.count ?? 0,
        ),
      })),
    };
    const byAge = barOption(
      structure.byAgeBand.map((r) => label(ageBands.labels[r.band])),
      structure.byAgeBand.map((r) => r.count),
      t('campaigns.self.structure.people'),
    );
    const byEducation = barOption(
      structure.byEducation.map((r) => label(educationLevels.labels[r.education])),
      structure.byEducation.map((r) => r.count),
      t('campaigns.self.structure.people'),
    );
    return { byType, byAge, byEducation };
  }, [structure, label, t]);

  if (!structure || !options) return <Empty description={t('campaigns.self.structure.none')} />;
  return (
    <div>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 4 }}
        items={[
          {
            key: 'date',
            label: t('campaigns.self.structure.referenceDate'),
            children: structure.referenceDate,
          },
          { key: 'total', label: t('campaigns.self.structure.total'), children: structure.total },
          {
            key: 'age',
            label: t('campaigns.self.structure.averageAge'),
            children: structure.averageAge ?? '—',
          },
          {
            key: 'unknown',
            label: t('campaigns.self.structure.unknown'),
            children: t('campaigns.self.structure.unknownText', {
              age: structure.unknownAge,
              education: structure.unknownEducation,
            }),
          },
        ]}
      />
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('campaigns.self.structure.byType')}>
            <Chart option={options.byType} height={280} ariaLabel={t('campaigns.self.structure.byType')} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('campaigns.self.structure.byAge')}>
            <Chart option={options.byAge} height={280} ariaLabel={t('campaigns.self.structure.byAge')} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('campaigns.self.structure.byEducation')}>
            <Chart
              option={options.byEducation}
              height={280}
              ariaLabel={t('campaigns.self.structure.byEducation')}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
