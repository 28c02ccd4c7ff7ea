import { type WarningSeverity, warningSeverities } from '@bianping/core/warnings';
import { Tag } from 'antd';
import { useLabel } from '../../app/i18n/LocaleContext.ts';

/** Tag colours of the four levels, also used by the charts and cards. */
export const severityColors: Record<WarningSeverity, { tag: string; hex: string }> = {
  red: { tag: 'red', hex: '#cf1322' },
  orange: { tag: 'orange', hex: '#d46b08' },
  yellow: { tag: 'gold', hex: '#d4b106' },
  info: { tag: 'blue', hex: '#1d5fbf' },
};

export function SeverityTag({ severity }: { severity: WarningSeverity }) {
  const label = useLabel();
  return (
    <Tag color={severityColors[severity].tag} style={{ marginInlineEnd: 0 }}>
      {label(warningSeverities.labels[severity])}
    </Tag>
  );
}
