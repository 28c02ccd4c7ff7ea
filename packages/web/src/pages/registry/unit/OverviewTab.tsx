import { EditOutlined } from '@ant-design/icons';
import type { UnitDetail } from '@bianping/core/registry';
import {
  fundingForms,
  unitCategories,
  unitKinds,
  unitRanks,
  unitStatuses,
  unitSystems,
} from '@bianping/core/registry/vocabulary';
import { Button, Card, Descriptions, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { UnitCorrections } from './UnitCorrections.tsx';
import { UnitEditDrawer } from './UnitEditDrawer.tsx';

type Props = { detail: UnitDetail; canEdit: boolean; isLiaison: boolean };

const none = <Typography.Text type="secondary">—</Typography.Text>;

/** 概况: the unit's basic data; officers edit it, the unit's liaison sees its correction requests. */
export function OverviewTab({ detail, canEdit, isLiaison }: Props) {
  const t = useT();
  const label = useLabel();
  const [editing, setEditing] = useState(false);
  const { unit } = detail;
  const text = (value: string | number | null) => (value === null || value === '' ? none : value);
  const nonQuotaOver =
    unit.nonQuotaCap !== null && unit.nonQuotaHeadcount !== null && unit.nonQuotaHeadcount > unit.nonQuotaCap;

  return (
    <>
      <Card
        title={t('registry.tab.overview')}
        extra={
          canEdit && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('registry.editUnit')}
            </Button>
          )
        }
      >
        <Descriptions
          bordered
          size="middle"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'name', label: t('registry.field.name'), children: unit.name, span: 2 },
            { key: 'shortName', label: t('registry.field.shortName'), children: text(unit.shortName) },
            { key: 'creditCode', label: t('registry.field.creditCode'), children: text(unit.creditCode) },
            { key: 'region', label: t('registry.field.region'), children: unit.regionName },
            {
              key: 'parent',
              label: t('registry.field.parent'),
              children: unit.parentUnitId ? (
                <Link to={`/registry/units/${unit.parentUnitId}`}>{unit.parentUnitName}</Link>
              ) : (
                none
              ),
            },
            { key: 'kind', label: t('registry.field.kind'), children: label(unitKinds.labels[unit.kind]) },
            {
              key: 'category',
              label: t('registry.field.category'),
              children: label(unitCategories.labels[unit.category]),
            },
            {
              key: 'system',
              label: t('registry.field.system'),
              children: label(unitSystems.labels[unit.system]),
            },
            { key: 'rank', label: t('registry.field.rank'), children: label(unitRanks.labels[unit.rank]) },
            {
              key: 'fundingForm',
              label: t('registry.field.fundingForm'),
              children: label(fundingForms.labels[unit.fundingForm]),
            },
            {
              key: 'status',
              label: t('registry.field.status'),
              children: label(unitStatuses.labels[unit.status]),
            },
            { key: 'foundedOn', label: t('registry.field.foundedOn'), children: text(unit.foundedOn) },
            { key: 'endedOn', label: t('registry.field.endedOn'), children: text(unit.endedOn) },
            {
              key: 'foundingDocNo',
              label: t('registry.field.foundingDocNo'),
              children: text(unit.foundingDocNo),
            },
            {
              key: 'quota',
              label: t('registry.field.quotaTotal'),
              children: t('registry.people', { count: unit.quotaTotal }),
            },
            {
              key: 'headcount',
              label: t('registry.field.headcountTotal'),
              children: (
                <Typography.Text type={unit.headcountTotal > unit.quotaTotal ? 'danger' : undefined}>
                  {t('registry.people', { count: unit.headcountTotal })}
                </Typography.Text>
              ),
            },
            {
              key: 'bodiesApproved',
              label: t('registry.field.internalBodiesApproved'),
              children: text(unit.internalBodiesApproved),
            },
            { key: 'nonQuotaCap', label: t('registry.field.nonQuotaCap'), children: text(unit.nonQuotaCap) },
            {
              key: 'nonQuotaHeadcount',
              label: t('registry.field.nonQuotaHeadcount'),
              children:
                unit.nonQuotaHeadcount === null ? (
                  none
                ) : (
                  <Typography.Text type={nonQuotaOver ? 'danger' : undefined}>
                    {unit.nonQuotaHeadcount}
                  </Typography.Text>
                ),
            },
          ]}
        />
      </Card>
      {isLiaison && <UnitCorrections unitId={unit.id} />}
      {canEdit && <UnitEditDrawer detail={detail} open={editing} onClose={() => setEditing(false)} />}
    </>
  );
}
