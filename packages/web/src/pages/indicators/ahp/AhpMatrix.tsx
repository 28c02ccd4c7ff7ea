import type { Inconsistency } from '@bianping/core/indicators/ahp-weighting';
import { saatyScale } from '@bianping/core/indicators/ahp-weighting';
import { Select, Table, Tooltip, Typography } from 'antd';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { fractionText, ratioText, scaleValues, type Upper } from './ahp-matrix.ts';

export type AhpItem = { id: string; code: string; name: string };

type Props = {
  items: AhpItem[];
  upper: Upper;
  /** The comparisons to point out, keyed `row-column` (upper triangle). */
  hot: Map<string, Inconsistency>;
  readOnly: boolean;
  onChange: (row: number, column: number, value: number) => void;
};

const hotStyle = {
  background: 'var(--ant-color-error-bg, #fff2f0)',
  outline: '1px solid var(--ant-color-error, #ff4d4f)',
};

/**
 * 判断矩阵: row over column on Saaty's 1–9 scale. Only the upper triangle is chosen; the lower
 * one shows the reciprocals. Comparisons that make the matrix inconsistent are outlined, with the
 * value the other judgements imply.
 */
export function AhpMatrix({ items, upper, hot, readOnly, onChange }: Props) {
  const t = useT();
  const label = useLabel();
  const describe = (value: number) => {
    const strength = saatyScale.find((s) => s.value === Math.round(value >= 1 ? value : 1 / value));
    if (!strength || value === 1) return label(saatyScale[0]?.label ?? { zh: '', en: '' });
    return value > 1
      ? t('indicators.ahp.rowOver', { what: label(strength.label) })
      : t('indicators.ahp.columnOver', { what: label(strength.label) });
  };
  const options = scaleValues.map((value) => ({ value, label: fractionText(value), title: describe(value) }));
  const short = (item: AhpItem) => `${item.code} ${item.name}`;

  const cell = (i: number, j: number) => {
    const key = i < j ? `${i}-${j}` : `${j}-${i}`;
    const issue = i === j ? undefined : hot.get(key);
    const value = i < j ? (upper[i]?.[j] ?? 1) : 1 / (upper[j]?.[i] ?? 1);
    let content: React.ReactNode;
    if (i === j) content = <Typography.Text type="secondary">1</Typography.Text>;
    else if (i > j || readOnly) content = <span>{fractionText(value)}</span>;
    else
      content = (
        <Select<number>
          size="small"
          value={value}
          options={options}
          popupMatchSelectWidth={false}
          // All options rendered: a short list, and every one reachable by name.
          virtual={false}
          optionRender={(o) => `${o.label}  ${o.data.title}`}
          aria-label={t('indicators.ahp.cell', {
            row: short(items[i] as AhpItem),
            column: short(items[j] as AhpItem),
          })}
          onChange={(v) => onChange(i, j, v)}
          style={{ width: 76 }}
        />
      );
    if (!issue) return content;
    return (
      <Tooltip
        title={t('indicators.ahp.suggest', {
          given: fractionText(i < j ? issue.given : 1 / issue.given),
          implied: ratioText(i < j ? issue.implied : 1 / issue.implied),
          suggested: fractionText(i < j ? issue.suggested : 1 / issue.suggested),
        })}
      >
        <div style={{ ...hotStyle, padding: 2, borderRadius: 4 }} data-inconsistent="true">
          {content}
        </div>
      </Tooltip>
    );
  };

  return (
    <section aria-label={t('indicators.ahp.matrix')}>
      <Table
        size="small"
        bordered
        pagination={false}
        rowKey="id"
        dataSource={items.map((item, i) => ({ ...item, i }))}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('indicators.ahp.rowOverColumn'),
            key: 'item',
            fixed: 'left',
            render: (_, item) => (
              <Tooltip title={item.name}>
                <Typography.Text strong>{item.code}</Typography.Text>{' '}
                <Typography.Text ellipsis style={{ maxWidth: 140 }}>
                  {item.name}
                </Typography.Text>
              </Tooltip>
            ),
          },
          ...items.map((column, j) => ({
            title: <Tooltip title={column.name}>{column.code}</Tooltip>,
            key: column.id,
            align: 'center' as const,
            render: (_: unknown, row: { i: number }) => cell(row.i, j),
          })),
        ]}
      />
    </section>
  );
}
