import type { IndicatorSetKind, IndicatorSetStatus } from '@bianping/core/indicators/vocabulary';
import { indicatorSetKinds, indicatorSetStatuses } from '@bianping/core/indicators/vocabulary';
import { type UnitCategory, unitCategories } from '@bianping/core/registry/vocabulary';
import { Tag } from 'antd';
import { useLabel } from '../../app/i18n/LocaleContext.ts';
import { statusColors } from './indicator-labels.ts';

/** 草稿 / 已发布 / 已停用. */
export function SetStatusTag({ status }: { status: IndicatorSetStatus }) {
  const label = useLabel();
  return <Tag color={statusColors[status]}>{label(indicatorSetStatuses.labels[status])}</Tag>;
}

/** 共性指标, or 个性指标 with the unit category it is for (个性 · 科技). */
export function SetKindTag({ kind, category }: { kind: IndicatorSetKind; category: UnitCategory | null }) {
  const label = useLabel();
  const kindLabel = label(indicatorSetKinds.labels[kind]);
  return (
    <Tag color={kind === 'common' ? 'blue' : 'purple'}>
      {category ? `${kindLabel} · ${label(unitCategories.labels[category])}` : kindLabel}
    </Tag>
  );
}
