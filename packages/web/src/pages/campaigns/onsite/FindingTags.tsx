import {
  type FindingCategory,
  type FindingSeverity,
  findingCategories,
  findingSeverities,
} from '@bianping/core/campaigns/vocabulary';
import { Tag } from 'antd';
import { useLabel } from '../../../app/i18n/LocaleContext.ts';

const severityColors: Record<FindingSeverity, string> = {
  serious: 'red',
  fairlySerious: 'volcano',
  general: 'orange',
  minor: 'default',
};

/** 严重 / 较严重 / 一般 / 轻微, coloured from red down. */
export function SeverityTag({ severity }: { severity: FindingSeverity }) {
  const label = useLabel();
  return <Tag color={severityColors[severity]}>{label(findingSeverities.labels[severity])}</Tag>;
}

/** The finding's ledger category. */
export function CategoryTag({ category }: { category: FindingCategory }) {
  const label = useLabel();
  return <Tag>{label(findingCategories.labels[category])}</Tag>;
}
