import { Flex, Progress, Tooltip, Typography } from 'antd';
import { useT } from '../../app/i18n/LocaleContext.ts';

type Props = { quota: number; headcount: number };

/**
 * 编制 / 实有 as figures with a thin bar of the share used: red and bold when the unit is over its
 * quota, grey when nothing is approved.
 */
export function QuotaUsage({ quota, headcount }: Props) {
  const t = useT();
  const over = headcount > quota;
  const percent = quota > 0 ? Math.round((headcount / quota) * 100) : headcount > 0 ? 100 : 0;
  const hint = over
    ? t('registry.usage.over', { count: headcount - quota })
    : quota > 0
      ? t('registry.usage.used', { percent })
      : t('registry.usage.none');
  return (
    <Tooltip title={hint}>
      <Flex vertical gap={0} style={{ minWidth: 96 }}>
        <Typography.Text type={over ? 'danger' : undefined} strong={over}>
          {quota} / {headcount}
        </Typography.Text>
        <Progress
          percent={Math.min(percent, 100)}
          showInfo={false}
          size={{ height: 4 }}
          strokeColor={over ? '#cf1322' : percent >= 100 ? '#d48806' : '#1d5fbf'}
          aria-label={hint}
        />
      </Flex>
    </Tooltip>
  );
}
