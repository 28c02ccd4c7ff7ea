import type { UnitDetail } from '@bianping/core/registry';
import { unitCategories, unitKinds, unitStatuses } from '@bianping/core/registry/vocabulary';
import { Space, Tag, Typography } from 'antd';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';

/** Under the unit's name: its kind, category and status, region and credit code. */
export function UnitTitleTags({ unit }: { unit: UnitDetail['unit'] }) {
  const t = useT();
  const label = useLabel();
  return (
    <Space size={6} wrap>
      <Tag color="blue">{label(unitKinds.labels[unit.kind])}</Tag>
      <Tag>{label(unitCategories.labels[unit.category])}</Tag>
      <Tag color={unit.status === 'active' ? 'green' : 'default'}>
        {label(unitStatuses.labels[unit.status])}
      </Tag>
      <Typography.Text type="secondary">{unit.regionName}</Typography.Text>
      {unit.creditCode && (
        <Typography.Text type="secondary">
          {t('registry.creditCodeLabel', { code: unit.creditCode })}
        </Typography.Text>
      )}
    </Space>
  );
}
