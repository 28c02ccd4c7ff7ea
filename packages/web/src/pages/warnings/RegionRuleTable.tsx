import { type WarningCode, warningCodes } from '@bianping/core/warnings';
import { Button, Table, Tooltip } from 'antd';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import type { RegionRuleRow } from './summary-counts.ts';
import { useWarningRules } from './useWarningRules.ts';

type Props = {
  rows: RegionRuleRow[];
  /** Filters the list below by a cell's region and rule. */
  onPick: (regionId: string, code?: WarningCode) => void;
};

/** Live warnings per region × rule; every count opens the matching list. */
export function RegionRuleTable({ rows, onPick }: Props) {
  const t = useT();
  const label = useLabel();
  const { byCode } = useWarningRules();
  const count = (n: number, pick: () => void) =>
    n > 0 ? (
      <Button type="link" size="small" onClick={pick} style={{ padding: 0 }}>
        {n}
      </Button>
    ) : (
      <span style={{ color: '#bfbfbf' }}>0</span>
    );
  return (
    <Table<RegionRuleRow>
      size="small"
      rowKey="regionId"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 1100 }}
      locale={{ emptyText: t('warnings.noLive') }}
      columns={[
        { title: t('warnings.col.region'), dataIndex: 'regionName', fixed: 'left', width: 120 },
        ...warningCodes.map((code) => {
          const rule = byCode.get(code);
          return {
            title: <Tooltip title={rule ? label(rule.name) : undefined}>{code}</Tooltip>,
            key: code,
            align: 'right' as const,
            width: 60,
            render: (_: unknown, r: RegionRuleRow) => count(r.counts[code], () => onPick(r.regionId, code)),
          };
        }),
        {
          title: t('warnings.total'),
          dataIndex: 'total',
          align: 'right',
          fixed: 'right',
          width: 72,
          render: (n: number, r) => count(n, () => onPick(r.regionId)),
        },
      ]}
    />
  );
}
