import { Alert, List, Skeleton, Tabs, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import type { FormulaCatalogue as Catalogue } from '../../../api/indicators.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { useFormulaCatalogue } from './useFormulaCheck.ts';

type Props = {
  /** Inserts a name or a call at the cursor; absent when the formula is read-only. */
  onInsert?: (text: string) => void;
};

type Measure = Catalogue['measures'][number];

const listStyle = { maxHeight: 320, overflowY: 'auto' as const };

/** 可用指标数据与函数: what a formula may read and call, grouped, each insertable with a click. */
export function FormulaCatalogue({ onInsert }: Props) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const { data, error, isPending } = useFormulaCatalogue();
  const groups = useMemo(() => {
    const map = new Map<string, { label: Measure['groupLabel']; measures: Measure[] }>();
    for (const m of data?.measures ?? []) {
      const group = map.get(m.group) ?? { label: m.groupLabel, measures: [] };
      group.measures.push(m);
      map.set(m.group, group);
    }
    return [...map.entries()];
  }, [data]);

  if (isPending) return <Skeleton active />;
  if (error) return <Alert type="error" showIcon title={errorText(error)} />;

  const insertable = (text: string, content: React.ReactNode) =>
    onInsert ? (
      <Typography.Link onClick={() => onInsert(text)} aria-label={t('indicators.formula.insert', { text })}>
        {content}
      </Typography.Link>
    ) : (
      content
    );

  return (
    <Tabs
      size="small"
      aria-label={t('indicators.formula.catalogue')}
      items={[
        {
          key: 'measures',
          label: t('indicators.formula.measures'),
          children: (
            <div style={listStyle}>
              {groups.map(([key, group]) => (
                <div key={key} style={{ marginBottom: 8 }}>
                  <Typography.Text strong>{label(group.label)}</Typography.Text>
                  <List
                    size="small"
                    dataSource={group.measures}
                    renderItem={(m) => (
                      <List.Item style={{ padding: '2px 0' }}>
                        <Tooltip title={`${label(m.description)}（${label(m.unitLabel)}）`} placement="left">
                          <span>
                            {insertable(m.name, <Typography.Text code>{m.name}</Typography.Text>)}{' '}
                            {label(m.label)}
                          </span>
                        </Tooltip>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('indicators.formula.sample', { value: m.sample })}
                        </Typography.Text>
                      </List.Item>
                    )}
                  />
                </div>
              ))}
            </div>
          ),
        },
        {
          key: 'functions',
          label: t('indicators.formula.functions'),
          children: (
            <List
              size="small"
              style={listStyle}
              dataSource={data?.functions ?? []}
              renderItem={(f) => (
                <List.Item style={{ display: 'block', padding: '4px 0' }}>
                  <div>
                    {insertable(`${f.name}()`, <Typography.Text code>{f.signature}</Typography.Text>)}
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {label(f.description)} · {t('indicators.formula.example')} <code>{f.example}</code>
                  </Typography.Text>
                </List.Item>
              )}
            />
          ),
        },
        {
          key: 'syntax',
          label: t('indicators.formula.syntax'),
          children: (
            <Typography.Paragraph style={{ fontSize: 13 }}>
              {t('indicators.formula.syntaxHelp')}
            </Typography.Paragraph>
          ),
        },
      ]}
    />
  );
}
